"""The sitemap with language alternates, its index, and robots.txt."""

import pytest
from django.utils import timezone
from lxml import etree
from wagtail.models import PageViewRestriction

from discovery.sitemap import PortalSitemap
from news.tests.factories import NewsPageFactory

pytestmark = pytest.mark.django_db

NS = {
    "sm": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "xhtml": "http://www.w3.org/1999/xhtml",
}


def parse(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    return etree.fromstring(response.content)


def entries(root):
    """{loc: {"lastmod": …, "alternates": {hreflang: href}}} of a urlset."""
    found = {}
    for url in root.xpath("sm:url", namespaces=NS):
        found[url.findtext("sm:loc", namespaces=NS)] = {
            "lastmod": url.findtext("sm:lastmod", namespaces=NS),
            "alternates": {
                link.get("hreflang"): link.get("href")
                for link in url.xpath("xhtml:link[@rel='alternate']", namespaces=NS)
            },
        }
    return found


def test_sitemap_lists_every_language_with_alternates_for_translated_pages(
    client, tree, translate
):
    translated = NewsPageFactory(parent=tree.news, title="Final conference")
    alone = NewsPageFactory(parent=tree.news, title="Only in English")
    german = translate(translated, "de", title="Abschlusskonferenz")
    latvian = translate(translated, "lv")
    draft = NewsPageFactory(parent=tree.news, live=False)
    private = NewsPageFactory(parent=tree.news)
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.LOGIN
    )

    found = entries(parse(client.get("/sitemap.xml")))

    german_home = tree.home.get_translation(german.locale)
    for page in (tree.home, tree.news, translated, alone, german, latvian, german_home):
        assert page.full_url in found, page.url
    for page in (draft, private):
        assert page.full_url not in found
    versions = {
        "en": translated.full_url,
        "de": german.full_url,
        "lv": latvian.full_url,
        "x-default": translated.full_url,
    }
    assert found[translated.full_url]["alternates"] == versions
    assert found[german.full_url]["alternates"] == versions
    assert found[alone.full_url]["alternates"] == {}
    # The sitemap writes the day in the site's time zone (near midnight UTC it is
    # already the next day in Berlin).
    published = timezone.localtime(german.last_published_at)
    assert found[german.full_url]["lastmod"] == published.strftime("%Y-%m-%d")


def test_sitemap_becomes_an_index_of_sections_past_its_limit(client, tree, monkeypatch):
    for _ in range(3):
        NewsPageFactory(parent=tree.news)
    monkeypatch.setattr(PortalSitemap, "limit", 2)

    index = parse(client.get("/sitemap.xml"))

    assert index.tag == f"{{{NS['sm']}}}sitemapindex"
    sections = index.xpath("sm:sitemap/sm:loc/text()", namespaces=NS)
    assert sections == [
        "http://testserver/sitemap-pages.xml",
        "http://testserver/sitemap-pages.xml?p=2",
        "http://testserver/sitemap-pages.xml?p=3",
    ]
    listed = []
    for number in (1, 2, 3):
        listed += entries(parse(client.get(f"/sitemap-pages.xml?p={number}")))
    assert len(listed) == len(set(listed)) == 5  # home, news index, three items
    assert client.get("/sitemap-pages.xml?p=9").status_code == 404
    assert client.get("/sitemap-other.xml").status_code == 404


def test_robots_txt_points_to_the_sitemap_and_keeps_out_of_admin_and_search(
    client, site
):
    response = client.get("/robots.txt")

    lines = response.content.decode().splitlines()
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    assert lines[0] == "User-agent: *"
    assert "Disallow: /admin/" in lines
    for code in ("en", "de", "sv", "fi", "da", "et", "lv", "lt", "pl"):
        assert f"Disallow: /{code}/search/" in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines
    assert "Disallow: /" not in lines
