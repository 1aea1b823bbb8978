"""Each item once, in the visitor's language, else in English and marked as such.

Listings, relations, menus, search, feeds and the API of language X show the X version
of an item where it is live, else its English (source) version with lang, hreflang
and a visible "In English"; never two versions of one item (home/localization.py).
"""

import datetime
from decimal import Decimal

import lxml.html
import pytest
from django.utils import translation
from wagtail.blocks import StreamValue
from wagtail.blocks.struct_block import StructBlockValidationError

from home.blocks import KeyFigureBlock, count_choices
from home.localization import in_language, localized, one_per_item
from home.models import FooterText, HomePage
from home.page_types import page_types_with
from home.tests.factories import StandardPageFactory
from news.models import EventPage
from news.tests.factories import EventPageFactory, NewsPageFactory
from partners.models import CaseStoryPage
from partners.tests.factories import (
    CaseStoryPageFactory,
    NetworkPageFactory,
    PartnerPageFactory,
)
from resources.tests.factories import OutputFileFactory, OutputPageFactory
from tests.conftest import shared_context

pytestmark = pytest.mark.django_db


def html(response):
    assert response.status_code == 200
    return lxml.html.fromstring(response.content.decode())


def marked_links(document, href):
    """The <a> elements of <main> linking to href (with or without ?unavailable=…)."""
    return document.xpath(
        f"//main//a[@href='{href}' or starts-with(@href, '{href}?unavailable=')]"
    )


def test_one_per_item_prefers_the_language_then_english_then_the_original(
    tree, translate, locales
):
    both = NewsPageFactory(parent=tree.news, title="Both")
    german = translate(both, "de", title="Beide")
    NewsPageFactory(parent=tree.news, title="English only")
    latvian_home = translate(tree.home, "lv")
    latvian_news = translate(tree.news, "lv")
    latvian_only = NewsPageFactory(parent=latvian_news, title="Tikai latviski")
    translate(latvian_only, "pl", title="Tylko po polsku")
    assert latvian_home.live

    def shown(code):
        pages = one_per_item(
            NewsPageFactory._meta.model.objects.live(), locales[code]
        ).order_by("title")
        return sorted((page.title, page.locale.language_code) for page in pages)

    assert shown("de") == [
        ("Beide", "de"),
        ("English only", "en"),
        ("Tikai latviski", "lv"),  # neither German nor English: its first version
    ]
    assert shown("en") == [
        ("Both", "en"),
        ("English only", "en"),
        ("Tikai latviski", "lv"),
    ]
    assert shown("pl")[-1] == ("Tylko po polsku", "pl")
    assert german.live


def test_a_network_lists_each_of_its_stories_once_in_its_language(
    client, tree, translate
):
    network = NetworkPageFactory(parent=tree.networks, title="Network")
    german_network = translate(network, "de", title="Netzwerk")
    translated = CaseStoryPageFactory(
        parent=tree.case_stories, network=network, title="Story"
    )
    for code in ("de", "fi", "lv", "pl"):
        translate(translated, code, title=f"Story {code}")
    untranslated = CaseStoryPageFactory(
        parent=tree.case_stories, network=network, title="Only English"
    )

    english = shared_context(client.get(network.url))["case_stories"]
    german = client.get(german_network.url)

    assert [story.pk for story in english] == [translated.pk, untranslated.pk] or [
        story.pk for story in english
    ] == [untranslated.pk, translated.pk]
    shown = {
        story.title: story.fallback_language
        for story in shared_context(german)["case_stories"]
    }
    assert shown == {"Story de": None, "Only English": "en"}
    (link,) = marked_links(html(german), untranslated.url)
    assert link.get("hreflang") == "en"


def test_a_partner_lists_its_network_once_in_its_language(client, tree, translate):
    partner = PartnerPageFactory(parent=tree.partners)
    network = NetworkPageFactory(parent=tree.networks, coordinating_partner=partner)
    for code in ("de", "sv", "fi"):
        translate(network, code, title=f"Network {code}")
    german_partner = translate(partner, "de")
    danish_partner = translate(partner, "da")

    assert [n.pk for n in shared_context(client.get(partner.url))["networks"]] == [
        network.pk
    ]
    (german,) = shared_context(client.get(german_partner.url))["networks"]
    assert german.title == "Network de"
    (danish,) = shared_context(client.get(danish_partner.url))["networks"]
    assert (danish.pk, danish.fallback_language) == (network.pk, "en")


def test_a_storys_network_and_a_networks_coordinator_in_the_page_language(
    client, tree, translate
):
    partner = PartnerPageFactory(parent=tree.partners, title="Partner")
    network = NetworkPageFactory(
        parent=tree.networks, title="Network", coordinating_partner=partner
    )
    story = CaseStoryPageFactory(parent=tree.case_stories, network=network)
    german_network = translate(network, "de", title="Netzwerk")
    german_story = translate(story, "de")
    finnish_story = translate(story, "fi")

    assert shared_context(client.get(german_story.url))["network"] == german_network
    finnish = client.get(finnish_story.url)
    assert shared_context(finnish)["network"] == network
    (link,) = marked_links(html(finnish), network.url)
    assert (link.get("hreflang"), link.get("lang")) == ("en", "en")
    # The German network's coordinator is not translated: the English page, marked.
    coordinator = shared_context(client.get(german_network.url))["coordinator"]
    assert (coordinator, coordinator.fallback_language) == (partner, "en")


def test_news_relations_resolve_to_the_visitors_language(client, tree, translate):
    translated = PartnerPageFactory(parent=tree.partners, title="Translated")
    german_partner = translate(translated, "de", title="Übersetzt")
    untranslated = PartnerPageFactory(parent=tree.partners, title="Untranslated")
    news = NewsPageFactory(parent=tree.news)
    news.related_partners = [translated, untranslated]
    news.save_revision().publish()
    german_news = translate(news, "de")

    response = client.get(german_news.url)
    partners = shared_context(response)["related_partners"]

    assert {(p.pk, p.fallback_language) for p in partners} == {
        (german_partner.pk, None),
        (untranslated.pk, "en"),
    }
    document = html(response)
    (link,) = marked_links(document, untranslated.url)
    assert link.get("hreflang") == "en"
    with translation.override("de"):
        mark = str(in_language("en"))
    (link,) = marked_links(document, untranslated.url)
    assert link.xpath("ancestor::li[1]")[0].xpath(
        f".//*[contains(@class, 'fallback-mark')][contains(., '{mark}')]"
    )


def test_localized_keeps_order_drops_duplicates_and_pages_live_nowhere(
    tree, translate, locales
):
    first = NewsPageFactory(parent=tree.news, title="First")
    second = NewsPageFactory(parent=tree.news, title="Second")
    german_second = translate(second, "de")
    gone = NewsPageFactory(parent=tree.news, title="Gone")
    gone.unpublish()

    shown = localized([second, first, german_second, gone], locales["de"])

    assert [(page.pk, page.fallback_language) for page in shown] == [
        (german_second.pk, None),
        (first.pk, "en"),
    ]


def test_the_menu_of_every_language_has_every_section(client, tree, translate):
    tree.partners.show_in_menus = True
    tree.partners.save_revision().publish()
    tree.news.show_in_menus = True
    tree.news.save_revision().publish()
    about = StandardPageFactory(parent=tree.home, title="About", show_in_menus=True)
    german_home = translate(tree.home, "de")
    german_about = translate(about, "de", title="Über uns")

    document = html(client.get(german_home.url))
    links = document.xpath("//nav[contains(@class, 'main-nav')]//a")

    assert [link.get("href") for link in links] == [
        f"{tree.partners.url}?unavailable=de",
        f"{tree.news.url}?unavailable=de",
        german_about.url,
    ]
    for link in links[:2]:
        assert (link.get("hreflang"), link.get("lang")) == ("en", "en")
        assert link.xpath(".//*[contains(@class, 'fallback-mark')]")
    assert links[2].get("hreflang") is None


def test_search_finds_each_item_once_in_the_visitors_language(client, tree, translate):
    both = NewsPageFactory(parent=tree.news, title="Luleå tailoring cooperative")
    german = translate(both, "de", title="Luleå Schneiderei-Genossenschaft")
    english_only = NewsPageFactory(parent=tree.news, title="Luleå village bus")

    response = client.get("/de/search/", {"q": "Luleå"})

    hits = {hit.page.pk: hit.page.fallback_language for hit in response.context["hits"]}
    assert hits == {german.pk: None, english_only.pk: "en"}
    (link,) = marked_links(html(response), english_only.url)
    assert link.get("hreflang") == "en"


def test_key_figures_count_what_each_language_finds(client, tree, translate):
    tree.home.key_figures = [
        ("figure", {"count": "partners", "value": "", "label": "partners"}),
        ("figure", {"count": "", "value": "30+", "label": "micro projects"}),
    ]
    tree.home.save_revision().publish()
    german_home = translate(tree.home, "de")
    partners = [PartnerPageFactory(parent=tree.partners) for _ in range(3)]
    translate(partners[0], "de")

    for page in (tree.home, german_home):
        figures = html(client.get(page.url)).xpath(
            "//*[contains(@class, 'key-figure__value')]/text()"
        )
        assert figures == ["3", "30+"], page.url


def test_a_key_figure_needs_a_value_or_a_count():
    block = KeyFigureBlock()
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python({"count": "", "value": "", "label": "partners"}))
    assert block.clean(block.to_python({"count": "news", "value": "", "label": "x"}))


def test_counted_figures_in_the_api(client, tree):
    PartnerPageFactory(parent=tree.partners)
    PartnerPageFactory(parent=tree.partners)
    tree.home.key_figures = StreamValue(
        HomePage.key_figures.field.stream_block,
        [("figure", {"count": "partners", "value": "", "label": "partners"})],
    )
    tree.home.save_revision().publish()

    data = client.get(f"/api/v2/pages/{tree.home.pk}/").json()

    assert data["key_figures"][0]["value"] == {
        "value": "2",
        "label": "partners",
        "count": "partners",
    }


def test_subtitle_and_footer_text_in_the_visitors_language(client, tree, translate):
    english = FooterText.objects.create(
        locale=tree.home.locale,
        subtitle="Social Empowerment in Rural Areas",
        body="<p>Around the Baltic Sea.</p>",
    )
    german = english.copy_for_translation(translate(tree.home, "de").locale)
    german.subtitle = "Soziales Empowerment im ländlichen Raum"
    german.body = "<p>Rund um die Ostsee.</p>"
    german.save()
    translate(tree.home, "fi")

    in_german = html(client.get("/de/"))
    in_finnish = html(client.get("/fi/"))

    assert in_german.xpath("string(//*[@class='brand__title'])") == german.subtitle
    assert "Rund um die Ostsee." in in_german.xpath("string(//footer)")
    # No Finnish text yet: the English one, marked as English.
    (title,) = in_finnish.xpath("//*[@class='brand__title']")
    assert (title.text, title.get("lang")) == (english.subtitle, "en")
    (footer_text,) = in_finnish.xpath("//*[@class='site-footer__text']")
    assert footer_text.get("lang") == "en"


def test_an_output_says_when_it_is_not_in_the_visitors_language(
    client, tree, translate
):
    output = OutputPageFactory(parent=tree.outputs, files__language="en")
    OutputFileFactory(page=output, language="de")
    german = translate(output, "de")
    finnish = translate(output, "fi")

    with translation.override("fi"):
        note = translation.gettext(
            "This output is not available in your language. It is available in the "
            "languages below, each named in its own language."
        )
    assert note in client.get(finnish.url).content.decode()
    with translation.override("de"):
        note = translation.gettext(
            "This output is not available in your language. It is available in the "
            "languages below, each named in its own language."
        )
    assert note not in client.get(german.url).content.decode()


def test_map_coordinates_have_a_decimal_point_in_every_language(
    client, tree, translate
):
    partner = PartnerPageFactory(
        parent=tree.partners,
        latitude=Decimal("54.30611"),
        longitude=Decimal("9.66306"),
    )
    german_index = translate(tree.partners, "de")
    translate(partner, "de")

    for url in (tree.partners.url, german_index.url):
        document = html(client.get(url))
        (dot,) = document.xpath("//svg//a[contains(@class, 'marker')]/circle")
        for name in ("cx", "cy"):
            assert "," not in dot.get(name)
            float(dot.get(name))


def test_subpages_of_a_standard_page_fall_back_in_the_source_order(
    client, tree, translate
):
    about = StandardPageFactory(parent=tree.home, title="About")
    first = StandardPageFactory(parent=about, title="Key facts")
    second = StandardPageFactory(parent=about, title="History")
    german_about = translate(about, "de", title="Über uns")
    german_second = translate(second, "de", title="Geschichte")

    subpages = shared_context(client.get(german_about.url))["subpages"]

    assert [(page.pk, page.fallback_language) for page in subpages] == [
        (first.pk, "en"),
        (german_second.pk, None),
    ]


def test_a_story_translated_before_its_network_is_listed_once(client, tree, translate):
    """A translation may point at the English network or at its translation: both
    count as stories of the network, each story once."""
    network = NetworkPageFactory(parent=tree.networks)
    german_network = translate(network, "de")
    story = CaseStoryPageFactory(
        parent=tree.case_stories,
        network=network,
        start_date=datetime.date(2018, 1, 1),
    )
    german_story = translate(story, "de")
    CaseStoryPage.objects.filter(pk=german_story.pk).update(network=german_network)

    english = shared_context(client.get(network.url))["case_stories"]
    german = shared_context(client.get(german_network.url))["case_stories"]

    assert [s.pk for s in english] == [story.pk]
    assert [s.pk for s in german] == [german_story.pk]


def test_a_page_reached_from_another_language_says_why_and_leads_back(
    client, tree, translate
):
    """A Finnish visitor following a marked card lands on the English page with a
    note in Finnish and a link back to the Finnish home page."""
    english_only = NewsPageFactory(parent=tree.news, title="English only")
    finnish_news = translate(tree.news, "fi")

    listing = html(client.get(finnish_news.url))
    (link,) = listing.xpath("//main//*[contains(@class, 'card__title')]/a")
    assert link.get("href") == f"{english_only.url}?unavailable=fi"

    document = html(client.get(link.get("href")))
    (note,) = document.xpath("//main//*[contains(@class, 'language-note')]")
    assert note.get("lang") == "fi"
    with translation.override("fi"):
        assert translation.gettext("Go to the home page") in note.text_content()
        assert note.xpath("string(.//a/@href)") == "/fi/"
    # The English page's own address stays its canonical one.
    canonical = document.xpath("string(//link[@rel='canonical']/@href)")
    assert canonical.endswith(english_only.url)


def test_a_page_type_declares_what_a_key_figure_counts_of_it(client, tree, monkeypatch):
    """The choices come from the page types (BasePage.key_figure_counts), so a new
    page type that can be counted touches its own app only."""
    assert [name for name, _label in count_choices()] == [
        name
        for model in page_types_with("key_figure_counts")
        for name, _label, _field in model.key_figure_counts
    ]
    assert {"partners", "countries", "news", "outputs"} <= dict(count_choices()).keys()
    monkeypatch.setattr(EventPage, "key_figure_counts", (("events", "Events", None),))
    page_types_with.cache_clear()
    try:
        assert ("events", "Events") in count_choices()
        for _ in range(2):
            EventPageFactory(parent=tree.events)
        tree.home.key_figures = [
            ("figure", {"count": "events", "value": "", "label": "events"}),
        ]
        tree.home.save_revision().publish()

        figures = html(client.get(tree.home.url)).xpath(
            "//*[contains(@class, 'key-figure__value')]/text()"
        )
    finally:
        monkeypatch.undo()
        page_types_with.cache_clear()

    assert figures == ["2"]
