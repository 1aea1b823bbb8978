"""Every language a complete, honest site: a crawl of the demo site in all nine.

One crawl reads every page of the sitemap (all languages) and every page of each
listing, and keeps the parsed HTML; each test then checks one promise on all of it:
nothing missing, each item once, fallbacks marked, machine numbers with a decimal
point, the same menu everywhere and no English chrome on a translated page.
"""

import re
from collections import defaultdict
from pathlib import Path
from urllib.parse import urlsplit

import lxml.html
import polib
import pytest
from django.conf import settings
from django.template.loader import render_to_string
from django.utils import translation

from editorial.teams import translatable_snippet_models
from home.models import StandardPage
from news.models import EventIndexPage
from partners.models import (
    CaseStoryPage,
    ContactPage,
    NetworkPage,
    PartnerPage,
)
from resources.models import OutputPage

from .listings import LISTINGS, parse

pytestmark = [pytest.mark.django_db, pytest.mark.slow]

LANGUAGES = [code for code, _name in settings.LANGUAGES]
SOURCE = settings.LANGUAGE_CODE
# The elements whose text a fallback mark may sit beside, nearest first.
MARK_CONTAINERS = {"a", "li", "p", "dd", "article", "h2", "h3", "td"}
SVG_NUMBERS = {"cx", "cy", "r", "x", "y", "width", "height", "x1", "x2", "y1", "y2"}


def language_of(element):
    """The language an element's text is in: its own or nearest ancestor's lang."""
    for node in [element, *element.iterancestors()]:
        if node.get("lang"):
            return node.get("lang")
    return None


def page_links(crawl, document, scope="//main"):
    """(anchor, linked page) for each link in scope that leads to a live page."""
    found = []
    for anchor in document.xpath(f"{scope}//a[@href]"):
        parts = urlsplit(anchor.get("href"))
        # ?unavailable=xx: an item in another language, its note in the visitor's;
        # any other query is a filter or a page of a listing, not another item.
        if parts.query and not re.fullmatch(r"unavailable=[a-z]{2}", parts.query):
            continue
        page = crawl.pages.get(parts.path)
        if page is not None:
            found.append((anchor, page))
    return found


def page_language(url, crawl):
    return crawl.pages[url].locale.language_code


def test_the_crawl_reads_every_language(crawl):
    languages = {page_language(url, crawl) for url in crawl.documents}
    assert languages == set(LANGUAGES)
    for url, document in crawl.documents.items():
        assert document.xpath("string(/html/@lang)") == page_language(url, crawl), url


@pytest.mark.parametrize("name", LISTINGS)
def test_every_listing_of_every_language_has_every_live_item_once(crawl, name):
    index_model, item_model = LISTINGS[name]
    english_index = index_model.objects.live().get(locale__language_code=SOURCE)
    expected = sorted(
        item_model.objects.child_of(english_index)
        .live()
        .public()
        .values_list("translation_key", flat=True)
    )
    assert expected
    assert set(crawl.listings[name]) == set(LANGUAGES), "an index page is missing"
    for code, documents in crawl.listings[name].items():
        shown = []
        for document in documents:
            for anchor, page in page_links(
                crawl, document, "//main//*[contains(@class, 'card__title')]"
            ):
                shown.append(page.translation_key)
                if page.locale.language_code != code:
                    assert anchor.get("hreflang") == page.locale.language_code
        assert sorted(shown) == expected, (name, code)


def test_no_page_links_two_language_versions_of_one_item(crawl):
    doubled = []
    for url, document in crawl.documents.items():
        versions = defaultdict(set)
        for _anchor, page in page_links(crawl, document):
            versions[page.translation_key].add(page.locale.language_code)
        doubled += [
            (url, sorted(codes)) for codes in versions.values() if len(codes) > 1
        ]
    assert doubled == []


def test_every_link_into_another_language_is_marked(crawl):
    """hreflang on the link, lang on the item's title, "In English" (or the like)
    beside it, and ?unavailable=<the page's language> so that the item's page says
    why it is in another language."""
    unmarked = []
    checked = 0
    for url, document in crawl.documents.items():
        own = page_language(url, crawl)
        for anchor, page in page_links(crawl, document):
            target = page.locale.language_code
            if target == own:
                continue
            checked += 1
            problems = []
            if anchor.get("hreflang") != target:
                problems.append("hreflang")
            if anchor.xpath("ancestor::svg"):
                # A map marker: a dot, named by its label; the list beside the map
                # carries the visible mark.
                if problems:
                    unmarked.append((url, anchor.get("href"), problems))
                continue
            if anchor.text_content().strip() == page.title and (
                language_of(anchor) != target
            ):
                problems.append("lang")
            if urlsplit(anchor.get("href")).query != f"unavailable={own}":
                problems.append("no ?unavailable")
            container = next(
                (
                    node
                    for node in [anchor, *anchor.iterancestors()]
                    if node.tag in MARK_CONTAINERS
                    and node.xpath(".//*[contains(@class, 'fallback-mark')]")
                ),
                None,
            )
            if container is None:
                problems.append("no visible mark")
            if problems:
                unmarked.append((url, anchor.get("href"), problems))
    assert unmarked == []
    assert checked > 100  # the demo has fallbacks in six languages


def numbers_in(value):
    return [float(token) for token in re.split(r"[\s,]+", value.strip()) if token]


def test_svg_coordinates_are_numbers_in_every_language(crawl):
    bad = []
    for url, document in crawl.documents.items():
        for element in document.xpath("//svg | //svg//*"):
            for name, value in element.attrib.items():
                try:
                    if name in SVG_NUMBERS:
                        float(value)
                    # Pairs separated by spaces: a comma inside a number would make
                    # an odd count of numbers.
                    elif name in {"points", "viewbox"} and (
                        "," in value or len(numbers_in(value)) % 2
                    ):
                        raise ValueError(value)
                except ValueError:
                    bad.append((url, element.tag, name, value))
    assert bad == []


def test_the_map_draws_every_partner_in_every_language(crawl):
    located = PartnerPage.objects.live().filter(
        locale__language_code=SOURCE, latitude__isnull=False
    )
    for code, documents in crawl.listings["partners"].items():
        dots = documents[0].xpath(
            "//svg//a[contains(@class, 'region-map__marker--partner')]/circle"
        )
        assert len(dots) == located.count(), code
        for dot in dots:
            assert float(dot.get("cx")) >= 0 and float(dot.get("cy")) >= 0


def menu_keys(crawl, document, scope):
    return [
        page.translation_key for _anchor, page in page_links(crawl, document, scope)
    ]


@pytest.mark.parametrize(
    "scope",
    ["//nav[contains(@class, 'main-nav')]", "//nav[contains(@class, 'footer-nav')]"],
)
def test_every_language_has_the_same_menu_as_english(crawl, scope):
    homes = {
        page.locale.language_code: url
        for url, page in crawl.pages.items()
        if page.depth == 2
    }
    english = menu_keys(crawl, crawl.documents[homes[SOURCE]], scope)
    assert len(english) >= 3
    for code, url in homes.items():
        assert menu_keys(crawl, crawl.documents[url], scope) == english, code


def test_standard_pages_and_the_policymaker_page_exist_in_every_language(demo):
    english = StandardPage.objects.live().filter(locale__language_code=SOURCE)
    assert english.count() >= 4  # about, key facts, privacy, accessibility
    policy = OutputPage.objects.live().get(
        locale__language_code=SOURCE, output_type="policy_recommendations"
    )
    contact = ContactPage.objects.live().get(locale__language_code=SOURCE)
    events = EventIndexPage.objects.live().get(locale__language_code=SOURCE)
    for page in [*english, policy, contact, events, *events.get_children()]:
        languages = set(
            page.get_translations(inclusive=True)
            .live()
            .values_list("locale__language_code", flat=True)
        )
        assert languages == set(LANGUAGES), page


COUNTRY_OF_LANGUAGE = {
    "de": "DE",
    "sv": "SE",
    "fi": "FI",
    "da": "DK",
    "et": "EE",
    "lv": "LV",
    "lt": "LT",
    "pl": "PL",
}


@pytest.mark.parametrize("code", COUNTRY_OF_LANGUAGE)
def test_each_language_has_its_own_countrys_pages_translated(demo, code):
    country = COUNTRY_OF_LANGUAGE[code]
    for model in (PartnerPage, NetworkPage, CaseStoryPage):
        for page in model.objects.live().filter(
            locale__language_code=SOURCE, country__code=country
        ):
            translation = page.get_translations().filter(locale__language_code=code)
            assert translation.live().exists(), (code, page)


def chrome_strings(code):
    """{English msgid: translation} of the project's catalogue, where they differ."""
    path = Path(settings.BASE_DIR) / "locale" / code / "LC_MESSAGES" / "django.po"
    strings = {}
    for entry in polib.pofile(str(path)).translated_entries():
        if "%" in entry.msgid or "{" in entry.msgid or entry.msgid_plural:
            continue
        if entry.msgstr.strip() != entry.msgid.strip() and re.search(
            r"[A-Za-z]{2}", entry.msgid
        ):
            strings[entry.msgid.strip()] = entry.msgstr
    return strings


def english_chrome(document, code, english):
    """Texts and labels in `code` context that are English interface strings."""
    leaks = set()
    for element in document.iter():
        if not isinstance(element.tag, str) or element.tag in {"script", "style"}:
            continue
        if language_of(element) != code:
            continue
        texts = [element.text, *(element.get(a) for a in ("alt", "title"))]
        texts += [element.get("aria-label"), element.get("placeholder")]
        texts += [child.tail for child in element]
        for text in texts:
            text = " ".join((text or "").split())
            if text in english:
                leaks.add(text)
    return leaks


TRANSLATED = [code for code in LANGUAGES if code != SOURCE]


@pytest.mark.parametrize("code", TRANSLATED)
def test_no_english_chrome_on_a_translated_page(crawl, code):
    """No text or label in the page's language context equals an English interface
    string whose translation differs (proper names are the same in both)."""
    english = chrome_strings(code)
    assert len(english) > 100
    pages = [url for url in crawl.documents if page_language(url, crawl) == code]
    assert pages
    leaks = {
        (url, text)
        for url in pages
        for text in english_chrome(crawl.documents[url], code, english)
    }
    assert sorted(leaks) == []


@pytest.mark.parametrize("code", TRANSLATED)
def test_the_error_pages_speak_the_visitors_language(demo, client, code):
    english = chrome_strings(code)
    response = client.get(f"/{code}/no-such-page/")
    assert response.status_code == 404
    not_found = parse(response)
    assert not_found.get("lang") == code
    assert english_chrome(not_found, code, english) == set()
    for template in ("500.html", "503.html", "400.html"):
        with translation.override(code):
            static_page = lxml.html.fromstring(render_to_string(template))
        assert static_page.get("lang") == code, template
        assert english_chrome(static_page, code, english) == set(), template


def test_home_page_figures_match_what_each_language_finds(crawl):
    partners = PartnerPage.objects.live().filter(locale__language_code=SOURCE)
    countries = partners.values("country_id").distinct().count()
    for url, page in crawl.pages.items():
        if page.depth != 2:
            continue
        figures = [
            " ".join(text.split())
            for text in crawl.documents[url].xpath(
                "//*[contains(@class, 'key-figure__value')]/text()"
            )
        ]
        assert str(partners.count()) in figures, url
        assert str(countries) in figures, url


def test_every_public_snippet_is_translated_into_every_language(demo):
    for model in translatable_snippet_models():
        for term in model.objects.filter(locale__language_code=SOURCE):
            languages = set(
                term.get_translations(inclusive=True).values_list(
                    "locale__language_code", flat=True
                )
            )
            assert languages == set(LANGUAGES), (model.__name__, str(term))


POLICY_FILE_LANGUAGES = {"en", "de", "et", "lv", "lt"}


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_policymaker_page_says_when_its_language_is_missing(crawl, code):
    """The Policy Recommendations page of each language: a visitor whose language has
    no PDF is told so, in their language, and offered the others by their own names."""
    page = OutputPage.objects.live().get(
        locale__language_code=code, output_type="policy_recommendations"
    )
    document = crawl.documents[page.url]
    with translation.override(code):
        note = translation.gettext(
            "This output is not available in your language. It is available in the "
            "languages below, each named in its own language."
        )
    assert (note in document.text_content()) == (code not in POLICY_FILE_LANGUAGES)
    offered = {
        (link.get("hreflang"), link.xpath("string(.//*[@lang])"))
        for link in document.xpath("//main//ul[contains(@class, 'download-list')]//a")
    }
    assert offered == {
        (c, name) for c, name in settings.LANGUAGES if c in POLICY_FILE_LANGUAGES
    }
