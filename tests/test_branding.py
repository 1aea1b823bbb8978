"""Programme branding: the footer shows the Interreg Baltic Sea Region logo (EU flag,
"Interreg", the programme's name) with the statement "Co-funded by the European Union"
as text in the visitor's language, in all nine; the logo is a self-contained SVG kept in
the repository, its EU emblem drawn to the official geometry."""

import math
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import lxml.html
import pytest
from django.conf import settings
from django.contrib.staticfiles import finders
from django.utils import translation

from home.models import SiteSettings

LANGUAGES = [code for code, _name in settings.LANGUAGES]
LOGO = "img/interreg-baltic-sea-region.svg"
SVG = "{http://www.w3.org/2000/svg}"
EU_BLUE = "#003399"
EU_YELLOW = "#FFCC00"


def footer_funding(client, page):
    document = lxml.html.fromstring(client.get(page.url).content)
    (footer,) = document.find_class("site-footer")
    (funding,) = footer.find_class("funding")
    return funding


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_the_footer_shows_the_programme_logo_and_the_eu_statement_in_the_visitors_language(
    client, site, tree, translate, language
):
    home = (
        tree.home
        if language == settings.LANGUAGE_CODE
        else translate(tree.home, language)
    )
    programme = SiteSettings.for_site(site).programme_name
    funding = footer_funding(client, home)

    (logo,) = funding.find_class("funding__logo")
    assert logo.tag == "img"
    assert logo.get("src").endswith(LOGO)
    assert int(logo.get("width")) > 0 and int(logo.get("height")) > 0
    (statement,) = funding.find_class("funding__text")
    with translation.override(language):
        alt = translation.gettext("Logo of the %(programme)s programme") % {
            "programme": programme
        }
        acknowledgement = translation.gettext("Co-funded by the European Union")
    assert logo.get("alt") == alt
    assert programme in alt
    # Real text, after the logo (next to its flag), not only drawn in the image.
    assert statement.text_content().strip() == acknowledgement
    assert list(funding).index(logo) < list(funding).index(statement)
    if language != settings.LANGUAGE_CODE:
        assert alt != f"Logo of the {programme} programme"
        assert acknowledgement != "Co-funded by the European Union"


@pytest.mark.django_db
def test_the_logos_alt_text_names_the_programme_of_the_site_settings(
    client, site, tree
):
    site_settings = SiteSettings.for_site(site)
    site_settings.programme_name = "Interreg Baltic Sea Region (test)"
    site_settings.save()

    (logo,) = footer_funding(client, tree.home).find_class("funding__logo")

    assert logo.get("alt") == "Logo of the Interreg Baltic Sea Region (test) programme"


def svg(name):
    path = finders.find(name)
    assert path, f"{name} is not among the static files"
    text = Path(path).read_text(encoding="utf-8")
    # The repository's own file, not data from outside.
    return text, ET.fromstring(text)  # noqa: S314


def points(path_data):
    numbers = [float(n) for n in re.findall(r"-?\d*\.?\d+", path_data)]
    return list(zip(numbers[::2], numbers[1::2], strict=True))


def test_the_logo_is_a_titled_svg_with_a_view_box():
    _text, root = svg(LOGO)
    assert root.tag == f"{SVG}svg"
    assert root.get("role") == "img"
    x, y, width, height = (float(n) for n in root.get("viewBox").split())
    assert (x, y) == (0, 0) and width > 3 * height > 0
    title = root.find(f"{SVG}title")
    assert title is not None and "Interreg" in title.text


@pytest.mark.parametrize("name", [LOGO, "img/eu-emblem.svg"])
def test_the_svg_refers_to_nothing_outside_itself(name):
    text, root = svg(name)
    assert "@import" not in text and "url(" not in text
    for element in root.iter():
        assert element.tag.removeprefix(SVG) not in {
            "image",
            "script",
            "foreignObject",
            "style",
            "a",
        }
        for attribute, value in element.attrib.items():
            if attribute.endswith("href"):
                assert value.startswith("#"), value
            assert not re.search(r"(https?:)?//", value) or attribute == "xmlns"


@pytest.mark.parametrize("name", [LOGO, "img/eu-emblem.svg"])
def test_the_eu_emblem_has_twelve_stars_drawn_to_the_official_geometry(name):
    """A 3:2 Reflex Blue rectangle; twelve upright five-pointed yellow stars at equal
    intervals on a circle of radius 1/3 of its height around its centre, each star's
    points on a circle of radius 1/18 of the height (Regulation (EU) 2021/1060, Annex IX)."""
    _text, root = svg(name)
    flag = next(rect for rect in root.iter(f"{SVG}rect") if rect.get("fill") == EU_BLUE)
    left, top = float(flag.get("x", 0)), float(flag.get("y", 0))
    width, height = float(flag.get("width")), float(flag.get("height"))
    assert width == pytest.approx(1.5 * height)
    shapes = {
        path.get("id"): path for path in root.iter(f"{SVG}path") if path.get("id")
    }
    stars = [
        use
        for use in root.iter(f"{SVG}use")
        if shapes[use.get("href").lstrip("#")].get("fill") == EU_YELLOW
    ]
    assert len(stars) == 12

    (star,) = {shapes[use.get("href").lstrip("#")] for use in stars}
    outline = points(star.get("d"))
    assert len(outline) == 10
    radii = [math.hypot(x, y) for x, y in outline]
    outer = height / 18
    inner = outer * math.cos(math.radians(72)) / math.cos(math.radians(36))
    assert radii[::2] == pytest.approx([outer] * 5, abs=0.01)
    assert radii[1::2] == pytest.approx([inner] * 5, abs=0.01)
    assert outline[0] == pytest.approx((0, -outer), abs=0.01)  # upright

    centre = (left + width / 2, top + height / 2)
    angles = []
    for use in stars:
        dx = float(use.get("x")) - centre[0]
        dy = float(use.get("y")) - centre[1]
        assert math.hypot(dx, dy) == pytest.approx(height / 3, abs=0.01)
        angles.append(math.degrees(math.atan2(dx, -dy)) % 360)
    assert sorted(angles) == pytest.approx([30.0 * i for i in range(12)], abs=0.05)
