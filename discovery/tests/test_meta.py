"""What every page tells search engines and social networks in its <head>."""

import datetime
import json

import lxml.html
import pytest
from wagtail.models import Page, Site, get_page_models

from home.models import SiteSettings
from home.tests.factories import (
    ImageFactory,
    TermFactory,
    ThemeFactory,
    make_pdf,
)
from news.tests.factories import NewsPageFactory
from partners.tests.factories import (
    PartnerPageFactory,
)
from resources.models import Audience
from resources.tests.factories import OutputFileFactory, OutputPageFactory
from tests.conftest import every_page_type

pytestmark = pytest.mark.django_db


class AudienceFactory(TermFactory):
    class Meta:
        model = Audience


class Head:
    """The parsed <head> of a response."""

    def __init__(self, response):
        assert response.status_code == 200
        self.html = response.content.decode()
        self.tree = lxml.html.fromstring(response.content)

    def meta(self, key):
        """Values of <meta property=key> or <meta name=key>."""
        return self.tree.xpath(
            "//head/meta[@property=$key or @name=$key]/@content", key=key
        )

    def one(self, key):
        values = self.meta(key)
        assert len(values) == 1, (key, values)
        return values[0]

    def links(self, rel, type_=None):
        if type_:
            return self.tree.xpath(
                "//head/link[@rel=$rel and @type=$type]", rel=rel, type=type_
            )
        return self.tree.xpath("//head/link[@rel=$rel]", rel=rel)

    def json_ld(self):
        return [
            json.loads(script.text)
            for script in self.tree.xpath("//head/script[@type='application/ld+json']")
        ]

    def types(self):
        return [node["@type"] for node in self.json_ld()]


def test_every_page_type_has_canonical_open_graph_and_twitter_tags(client, tree):
    image = ImageFactory(description="Villagers at a workshop")
    pages = every_page_type(tree)
    pages["news"].image = image
    pages["news"].save_revision().publish()
    # Every page type the site has (Wagtail's own Page aside).
    assert {type(page) for page in pages.values()} == set(get_page_models()) - {Page}

    for kind, page in pages.items():
        page.refresh_from_db()
        head = Head(client.get(page.url))

        assert [link.get("href") for link in head.links("canonical")] == [
            page.full_url
        ], kind
        assert head.one("og:url") == page.full_url, kind
        assert head.one("og:title") == page.title, kind
        assert head.one("og:locale") == "en_GB", kind
        assert head.one("og:site_name") == "SEMPRE", kind
        assert head.one("twitter:title") == page.title, kind
        expected_type = "article" if kind in {"news", "case story"} else "website"
        assert head.one("og:type") == expected_type, kind
        assert head.tree.findtext(".//title").startswith(page.title), kind

    news = Head(client.get(pages["news"].url))
    assert news.one("twitter:card") == "summary_large_image"
    assert news.one("og:image").startswith("http://testserver/media/images/")
    assert ".fill-1200x630" in news.one("og:image")
    assert news.one("og:image:alt") == "Villagers at a workshop"
    assert news.one("article:published_time").startswith("2024-11-27")


def test_description_is_the_search_description_else_the_summary(client, tree):
    plain = NewsPageFactory(parent=tree.news, summary="Partners met in Riga.")
    tuned = NewsPageFactory(
        parent=tree.news,
        summary="Partners met in Riga.",
        search_description="Transnational meeting of SEMPRE partners in Riga.",
    )

    plain_head = Head(client.get(plain.url))
    tuned_head = Head(client.get(tuned.url))

    assert plain_head.one("description") == "Partners met in Riga."
    assert plain_head.one("og:description") == "Partners met in Riga."
    assert tuned_head.one("description") == (
        "Transnational meeting of SEMPRE partners in Riga."
    )
    assert tuned_head.one("twitter:description") == tuned_head.one("description")


def test_pages_without_an_image_use_the_site_default_image(client, tree):
    page = NewsPageFactory(parent=tree.news)
    without_default = Head(client.get(page.url))
    site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
    site_settings.default_image = ImageFactory(title="SEMPRE share image")
    site_settings.save()

    with_default = Head(client.get(page.url))

    assert without_default.meta("og:image") == []
    assert without_default.one("twitter:card") == "summary"
    default_image = with_default.one("og:image")
    assert "/media/images/" in default_image and "fill-1200x630" in default_image
    assert with_default.one("twitter:card") == "summary_large_image"
    assert with_default.one("twitter:image") == default_image


def test_og_locale_alternates_list_the_existing_translations(client, tree, translate):
    page = NewsPageFactory(parent=tree.news)
    german = translate(page, "de", title="Partnertreffen")
    translate(page, "lv")

    head = Head(client.get(german.url))

    assert head.one("og:locale") == "de_DE"
    assert sorted(head.meta("og:locale:alternate")) == ["en_GB", "lv_LV"]
    assert head.one("og:title") == "Partnertreffen"


def test_feeds_are_announced_on_the_home_and_their_index_pages(client, tree, translate):
    expected = {
        tree.home: {
            "/en/feeds/news.rss",
            "/en/feeds/news.atom",
            "/en/feeds/case-stories.rss",
            "/en/feeds/case-stories.atom",
        },
        tree.news: {"/en/feeds/news.rss", "/en/feeds/news.atom"},
        tree.case_stories: {
            "/en/feeds/case-stories.rss",
            "/en/feeds/case-stories.atom",
        },
        tree.partners: set(),
        tree.about: set(),
    }
    for page, feeds in expected.items():
        head = Head(client.get(page.url))
        found = {
            link.get("href")
            for type_ in ("application/rss+xml", "application/atom+xml")
            for link in head.links("alternate", type_)
        }
        assert found == feeds, page.title

    german = translate(tree.news, "de")
    head = Head(client.get(german.url))
    rss = head.links("alternate", "application/rss+xml")
    assert [link.get("href") for link in rss] == ["/de/feeds/news.rss"]


def test_json_ld_types_on_each_page_type(client, tree):
    pages = every_page_type(tree)
    expected = {
        "home": ["Organization", "Organization", "BreadcrumbList"],
        "news": ["NewsArticle", "BreadcrumbList"],
        "case story": ["Article", "BreadcrumbList"],
        "output": ["CreativeWork", "BreadcrumbList"],
        "partner": ["Organization", "BreadcrumbList"],
        "event": ["Event", "BreadcrumbList"],
    }
    for kind, page in pages.items():
        head = Head(client.get(page.url))

        nodes = head.json_ld()
        assert head.types() == expected.get(kind, ["BreadcrumbList"]), kind
        assert all(node["@context"] == "https://schema.org" for node in nodes)


def test_home_page_describes_the_project_its_funders_and_lead_partner(client, tree):
    lead = PartnerPageFactory(
        parent=tree.partners,
        title="Diakonisches Werk Schleswig-Holstein",
        role="lead",
        city="Rendsburg",
        website="https://www.diakonie-sh.de/",
        country__code="DE",
    )
    PartnerPageFactory(parent=tree.partners, role="partner")

    project, partner, _crumbs = Head(client.get(tree.home.url)).json_ld()

    assert project["name"] == "SEMPRE"
    assert project["alternateName"] == "Social Empowerment in Rural Areas"
    assert [funder["name"] for funder in project["funder"]] == [
        "European Union",
        "Interreg Baltic Sea Region",
    ]
    assert project["member"][0]["roleName"] == "Lead partner"
    assert project["member"][0]["member"]["@id"] == partner["@id"]
    assert partner["name"] == lead.title
    assert partner["url"] == "https://www.diakonie-sh.de/"
    assert partner["address"] == {
        "@type": "PostalAddress",
        "addressCountry": "DE",
        "addressLocality": "Rendsburg",
    }


def test_news_article_and_breadcrumbs(client, tree, translate):
    page = NewsPageFactory(parent=tree.news, title="Final conference")
    german = translate(page, "de", title="Abschlusskonferenz")

    article, crumbs = Head(client.get(german.url)).json_ld()

    assert article["headline"] == "Abschlusskonferenz"
    assert article["inLanguage"] == "de"
    assert article["datePublished"] == "2024-11-27"
    assert article["url"] == german.full_url
    assert article["publisher"]["name"] == "SEMPRE"
    german_news = german.get_parent()
    assert [item["item"] for item in crumbs["itemListElement"]] == [
        german_news.get_parent().full_url,
        german_news.full_url,
        german.full_url,
    ]
    assert [item["position"] for item in crumbs["itemListElement"]] == [1, 2, 3]


def test_output_is_a_creative_work_with_a_document_per_language(client, tree):
    nordregio = PartnerPageFactory(parent=tree.partners, title="Nordregio")
    page = OutputPageFactory(
        parent=tree.outputs,
        title="Empowerment handbook",
        files__language="en",
        files__document__title="Handbook (English)",
        authors="Nordregio team",
        partners=[nordregio],
        audiences=[AudienceFactory(name="Policymakers")],
        themes=[ThemeFactory(name="Mobility")],
    )
    german = OutputFileFactory(
        page=page,
        language="de",
        document__title="Handbook (German)",
        edition="2nd edition",
        edition_date=datetime.date(2019, 12, 2),
    )

    (work, _crumbs) = Head(client.get(page.url)).json_ld()

    assert work["name"] == "Empowerment handbook"
    assert work["inLanguage"] == ["de", "en"]
    assert work["author"] == [
        {"@type": "Organization", "name": "Nordregio", "url": nordregio.full_url}
    ]
    assert work["creditText"] == "Nordregio team"
    assert work["audience"] == [{"@type": "Audience", "audienceType": "Policymakers"}]
    assert work["keywords"] == ["Mobility"]
    documents = {part["inLanguage"]: part for part in work["hasPart"]}
    assert set(documents) == {"en", "de"}
    assert {part["@type"] for part in work["hasPart"]} == {"DigitalDocument"}
    assert documents["de"]["encodingFormat"] == "application/pdf"
    size = german.document.file_size
    assert size > 0
    assert documents["de"]["contentSize"] == (
        f"{size} bytes" if size < 1024 else f"{size / 1024:.1f} KB"
    )
    assert documents["de"]["url"] == f"{page.full_url}download/de/"
    assert documents["de"]["version"] == "2nd edition"
    assert documents["de"]["dateModified"] == "2019-12-02"
    assert client.get(documents["de"]["url"]).status_code == 200


def test_an_editor_title_cannot_close_the_script_element(client, tree):
    attack = '</script><script>alert("x")</script> & <!-- Riga'
    page = NewsPageFactory(parent=tree.news, title=attack, summary=attack)

    head = Head(client.get(page.url))

    assert "</script><script>alert" not in head.html
    assert head.tree.xpath("//script[contains(., 'alert')]/@type") == [
        "application/ld+json",
        "application/ld+json",
    ]
    article, crumbs = head.json_ld()
    assert article["headline"] == attack
    assert crumbs["itemListElement"][-1]["name"] == attack


def test_an_output_without_an_image_shares_its_pdf_cover(client, tree):
    page = OutputPageFactory(
        parent=tree.outputs, files__document__file__data=make_pdf("Cover page")
    )
    cover = page.files.get().document.cover
    assert cover is not None

    head = Head(client.get(page.url))

    assert head.one("og:image") == (
        "http://testserver" + cover.get_rendition("fill-1200x630").url
    )
    (work, _crumbs) = head.json_ld()
    assert work["image"] == [head.one("og:image")]


def test_admin_preview_renders_the_head_of_the_edited_page(admin_client, tree):
    from django.urls import reverse
    from wagtail.test.utils.form_data import nested_form_data, streamfield

    page = tree.about
    url = reverse("wagtailadmin_pages:preview_on_edit", args=(page.pk,))
    data = {
        "title": "Draft </script> title",
        "slug": page.slug,
        "summary": "Not yet published.",
        **nested_form_data({"body": streamfield([])}),
    }

    assert admin_client.post(url, data).json()["is_valid"]
    head = Head(admin_client.get(url))

    assert head.one("og:title") == "Draft </script> title"
    assert head.one("og:description") == "Not yet published."
    (crumbs,) = head.json_ld()
    assert crumbs["itemListElement"][-1]["name"] == "Draft </script> title"


def test_an_index_page_without_a_summary_is_described_by_its_introduction(client, tree):
    tree.news.intro = "<p>Meetings &amp; <b>events</b> of the partners.</p>"
    tree.news.save_revision().publish()

    head = Head(client.get(tree.news.url))

    assert head.one("description") == "Meetings & events of the partners."
