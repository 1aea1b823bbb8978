"""A demo that looks real (issue 17, item 7): word-marks for logos, a picture of its own
for every page, captions that say what a picture shows, no place named twice in a row,
statuses true to the dates, and running text that breaks words only where they break.

The demo site is built once for the package (conftest.py); the CSS test reads the file.
"""

import datetime
import hashlib
import io
import re
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from PIL import Image

from demo import content, translations
from home.models import Country, HomePage
from news.models import NewsPage
from partners.models import (
    CaseStoryGalleryImage,
    CaseStoryPage,
    NetworkPage,
    PartnerPage,
)

pytestmark = [pytest.mark.django_db, pytest.mark.slow]

SOURCE = settings.LANGUAGE_CODE
LANGUAGE_OF_COUNTRY = {
    "DE": "de",
    "SE": "sv",
    "FI": "fi",
    "DK": "da",
    "EE": "et",
    "LV": "lv",
    "LT": "lt",
    "PL": "pl",
}
CSS = Path(settings.BASE_DIR) / "static" / "css" / "portal.css"


def read(image):
    with image.file.open("rb") as handle:
        return handle.read()


def ink_runs(picture):
    """The most separate marks a row of the picture crosses: a set word crosses one
    per letter, a round emblem with initials few."""
    picture = picture.convert("RGBA")
    width, height = picture.size
    pixels = picture.load()
    best = 0
    for y in range(0, height, 2):
        runs, inside = 0, False
        for x in range(width):
            r, g, b, alpha = pixels[x, y]
            ink = alpha > 128 and min(r, g, b) < 200
            runs += ink and not inside
            inside = ink
        best = max(best, runs)
    return best


def main_colour(picture):
    """The commonest colour of the marks (not the background), coarsened."""
    picture = picture.convert("RGBA")
    counts = Counter(
        (r // 16, g // 16, b // 16)
        for r, g, b, alpha in getattr(picture, "get_flattened_data", picture.getdata)()
        if alpha > 200 and min(r, g, b) < 200
    )
    return counts.most_common(1)[0][0]


def test_partner_logos_are_distinct_word_marks_of_their_names(demo):
    partners = list(
        PartnerPage.objects.filter(locale__language_code=SOURCE).select_related("logo")
    )
    assert len(partners) == len(content.PARTNERS)
    hashes, colours = set(), set()
    for partner in partners:
        logo = partner.logo
        assert logo is not None, partner
        data = read(logo)
        hashes.add(hashlib.sha256(data).hexdigest())
        picture = Image.open(io.BytesIO(data))
        assert picture.format == "PNG", partner
        # A word-mark is wide and spells words out, letter by letter; initials in a
        # circle are square and cross a row a few times.
        assert picture.width / picture.height >= 2, partner
        assert ink_runs(picture) >= 12, partner
        colours.add(main_colour(picture))
        # The alt text says what the logo says: the organisation's words.
        words = re.search(r"“([^”]+)”", logo.description).group(1)
        named = f"{partner.title} {partner.short_name}".lower()
        assert any(
            len(word) >= 4 and word.lower() in named
            for word in re.findall(r"\w+", words)
        ), (partner, words)
    assert len(hashes) == len(partners)
    assert len(colours) == len(partners), "each organisation a colour of its own"


def pictures_of_english_pages():
    """{image pk: [where it is used]} for the pictures of the English pages."""
    used = {}
    home = HomePage.objects.get(locale__language_code=SOURCE)
    pages = [("home", home.hero_image)]
    for model in (NetworkPage, CaseStoryPage, NewsPage):
        for page in model.objects.filter(locale__language_code=SOURCE).select_related(
            "image"
        ):
            pages.append((page.slug, page.image))
    for item in CaseStoryGalleryImage.objects.filter(
        page__locale__language_code=SOURCE
    ).select_related("image", "page"):
        pages.append((f"{item.page.slug} gallery {item.sort_order}", item.image))
    for where, image in pages:
        assert image is not None, where
        used.setdefault(image.pk, []).append((where, image))
    return used


def test_every_page_has_a_picture_of_its_own(demo):
    used = pictures_of_english_pages()
    shared = {
        pk: [where for where, _ in uses] for pk, uses in used.items() if len(uses) > 1
    }
    assert not shared
    images = [uses[0][1] for uses in used.values()]
    assert len(images) >= 13 + 16 * 3 + 25
    digests = Counter(hashlib.sha256(read(image)).hexdigest() for image in images)
    assert digests.most_common(1)[0][1] == 1, "two pages show the same picture"
    for image in images:
        # The description is what the picture shows, not a label for any picture.
        assert image.description.startswith("Drawing of "), image
        assert image.credit == "SEMPRE", image


def card_slugs(document):
    hrefs = document.xpath(
        "//main//article[contains(@class, 'card')]"
        "//*[contains(@class, 'card__title')]/a/@href"
    )
    return [urlsplit(href).path.rstrip("/").rsplit("/", 1)[-1] for href in hrefs]


@pytest.mark.parametrize("name", ["networks", "case stories", "news"])
def test_neighbouring_cards_show_different_scenes(crawl, name):
    """Next to each other, and one above the other in a grid of three columns."""
    pictures = {
        data["slug"]: tuple(data["picture"])
        for data in [*content.NETWORKS, *content.CASE_STORIES, *content.NEWS]
    }
    pages = [
        [pictures[slug][0] for slug in card_slugs(document)]
        for document in crawl.listings[name][SOURCE]
    ]
    assert len(pages[0]) > 3
    for scenes in pages:
        for step in (1, 3):
            for first, second in zip(scenes, scenes[step:], strict=False):
                assert first != second, (name, scenes)


def test_gallery_captions_say_what_the_pictures_show(demo, crawl):
    captions = list(CaseStoryGalleryImage.objects.values_list("caption", flat=True))
    assert captions
    for caption in captions:
        assert caption.strip(), "a picture without a caption"
        assert not caption.startswith("Demo illustration"), caption
    english = CaseStoryGalleryImage.objects.filter(page__locale__language_code=SOURCE)
    texts = list(english.values_list("caption", flat=True))
    assert len(set(texts)) == len(texts)
    for url, html in crawl.html.items():
        assert "Demo illustration" not in html, url
        assert "Illustration: " not in html, url


PLACE_TEXT = (
    "//li[not(.//li|.//p|.//div|.//article|.//ul)]|//dd|//p|//span|//a|//h1|//h2|//h3"
    "|//figcaption|//td|//*[local-name()='title']"
)
# A word, a comma and the same word again within four words: "Latvia, Latvia",
# "Tønder, Tønder Municipality", "Ostrobothnia, Kokkola and Central Ostrobothnia".
REPEAT = re.compile(r"(?<!\w)(\w+)\W{0,2},\s+(?:[\w-]+\s+){0,3}?\1(?!\w)")


def place_words():
    words = set()
    for text in [
        *Country.objects.values_list("name", flat=True),
        *PartnerPage.objects.values_list("city", flat=True),
        *NetworkPage.objects.values_list("region", flat=True),
        *NetworkPage.objects.values_list("title", flat=True),
    ]:
        words |= {w.lower() for w in re.findall(r"\w+", text or "") if w[:1].isupper()}
    return {word for word in words if len(word) > 3}


def test_no_place_is_named_twice_in_a_row(crawl):
    places = place_words()
    assert {"latvia", "lettland", "tønder", "ostrobothnia"} <= places
    repeated = []
    for url, document in crawl.documents.items():
        texts = [element.text_content() for element in document.xpath(PLACE_TEXT)]
        texts += document.xpath("//@aria-label|//@alt|//@title|//meta/@content")
        for text in texts:
            for match in REPEAT.finditer(" ".join(text.split())):
                if match.group(1).lower() in places:
                    repeated.append((url, match.group(0)))
    assert not repeated


def test_story_statuses_agree_with_their_dates(demo, crawl):
    """The site tells the project after it ended: every micro project has an end, and
    none is still running after it."""
    today = datetime.date.today()
    stories = CaseStoryPage.objects.all()
    assert stories.count() > len(content.CASE_STORIES)
    for story in stories:
        assert story.end_date is not None, story
        assert story.start_date <= story.end_date <= today, story
        assert story.status != "running", story
    for url, document in crawl.documents.items():
        page = crawl.pages.get(url)
        if page is None or page.specific_class is not CaseStoryPage:
            continue
        # The period is two months, not a start and "ongoing".
        period = document.xpath("//aside[contains(@class, 'fact-box')]//dd[time]")
        assert len(period) == 1 and len(period[0].xpath("time")) == 2, url


def css_rules():
    """(selectors, declarations) of each rule of portal.css, @media rules included."""
    text = re.sub(r"/\*.*?\*/", "", CSS.read_text(), flags=re.S)
    rules = []
    for selectors, body in re.findall(r"([^{}]+)\{([^{}]*)\}", text):
        declarations = {}
        for part in body.split(";"):
            if ":" in part:
                key, value = part.split(":", 1)
                declarations[key.strip()] = value.strip()
        rules.append(({s.strip() for s in selectors.split(",")}, declarations))
    return rules


# Selectors of running text: headings, paragraphs, list items, cards, fact boxes.
RUNNING_TEXT = {
    "body",
    "h1",
    "h2",
    "h3",
    "h4",
    "p",
    "li",
    "dd",
    "figcaption",
    ".lead",
    ".meta li",
    ".fact-box dd",
    ".rich-text a",
    ".prose a",
    ".breadcrumbs a",
    ".card__title",
    ".card__summary",
}


def test_running_text_breaks_words_where_their_language_allows():
    rules = css_rules()
    for selectors, declarations in rules:
        breaks_anywhere = declarations.get("overflow-wrap") == "anywhere" or (
            declarations.get("word-break") == "break-all"
        )
        assert not (breaks_anywhere and selectors & RUNNING_TEXT), selectors
        if selectors & RUNNING_TEXT:
            assert declarations.get("hyphens", "auto") == "auto", selectors
    # Hyphenation by the language of the element: the page's (<html lang>), or an
    # item's own where a listing shows one not yet translated (test_languages).
    body = [d for selectors, d in rules if "body" in selectors and "hyphens" in d]
    assert body and body[0]["hyphens"] == "auto"


@pytest.mark.parametrize("code", sorted(LANGUAGE_OF_COUNTRY.values()))
def test_case_stories_stay_translated_with_their_captions(demo, code):
    """German and Swedish have every story, each other language its country's; the
    captions of their pictures are translated with them."""
    catalogue = translations.catalogues()[code]
    country = {data["slug"]: data["country"] for data in content.CASE_STORIES}
    stories = CaseStoryPage.objects.filter(locale__language_code=SOURCE)
    expected = [
        story
        for story in stories
        if code in ("de", "sv") or LANGUAGE_OF_COUNTRY[country[story.slug]] == code
    ]
    assert expected
    for story in expected:
        translated = (
            CaseStoryPage.objects.filter(
                translation_key=story.translation_key, locale__language_code=code
            )
            .live()
            .first()
        )
        assert translated is not None, (code, story.slug)
        english = list(
            story.gallery_images.order_by("sort_order").values_list(
                "caption", flat=True
            )
        )
        shown = list(
            translated.gallery_images.order_by("sort_order").values_list(
                "caption", flat=True
            )
        )
        assert shown == [catalogue[caption] for caption in english], (code, story.slug)
        assert all(a != b for a, b in zip(shown, english, strict=True)), story.slug


# Proper names the demo writes in every language, by the stem their inflected forms
# keep (Lithuanian „Gabrielijų“ is the accusative of „Gabrielijus“).
PROPER_NAMES = {"Gabrielijus": "Gabrielij"}


@pytest.mark.parametrize("code", sorted(translations.catalogues()))
def test_proper_names_are_spelt_alike_in_every_language(code):
    catalogue = translations.catalogues()[code]
    for name, stem in PROPER_NAMES.items():
        mentions = {
            source: text
            for source, text in catalogue.items()
            if name in source and name[: len(stem) - 1] in text
        }
        assert mentions, (code, name)
        misspelt = [text for text in mentions.values() if stem not in text]
        assert misspelt == [], (code, name)
