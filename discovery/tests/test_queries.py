"""The sitemap, feeds, export and page heads cost the same queries for 3 items or 12."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from home import fragments
from home.tests.factories import ImageFactory
from news.tests.factories import NewsPageFactory
from partners.tests.factories import CaseStoryPageFactory, PartnerPageFactory
from resources.tests.factories import OutputPageFactory

pytestmark = pytest.mark.django_db


def add_items(tree, translate, count):
    for _ in range(count):
        partner = PartnerPageFactory(parent=tree.partners)
        translate(partner, "de")
        news = NewsPageFactory(parent=tree.news, image=ImageFactory())
        news.related_partners.set([partner])
        news.save_revision().publish()
        translate(news, "de")
        CaseStoryPageFactory(parent=tree.case_stories, image=ImageFactory())
        output = OutputPageFactory(parent=tree.outputs)
        output.partners.set([partner])
        output.save_revision().publish()


def queries(client, url):
    """The queries of a second request (renditions and caches made by the first),
    with no fragment kept (home/fragments.py): what the first visit after a change
    costs."""
    assert client.get(url).status_code == 200
    fragments.content_changed()
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


URLS = [
    "/sitemap.xml",
    "/en/feeds/news.rss",
    "/de/feeds/news.atom",
    "/en/feeds/case-stories.rss",
    "/en/project.json",
    "/de/project.json",
    "/api/v2/pages/?type=partners.PartnerPage&fields=country,role,target_groups",
    "/api/v2/pages/?type=news.NewsPage&fields=*&locale=de",
    "/api/v2/pages/?type=news.NewsPage&fields=*&locale=en",
    "/api/v2/pages/?type=resources.OutputPage&fields=*",
    "/api/v2/pages/?type=partners.CaseStoryPage&fields=*",
    "/api/v2/pages/?type=partners.NetworkPage&fields=*",
]


def test_queries_do_not_grow_with_items(client, tree, translate):
    """Every address measured on the same content, once with 3 items, once with 12."""
    add_items(tree, translate, 3)
    with_3 = {url: queries(client, url) for url in URLS}
    add_items(tree, translate, 9)
    with_12 = {url: queries(client, url) for url in URLS}

    for url in URLS:
        print(f"\n{url}: {with_3[url]} queries with 3 items, {with_12[url]} with 12")
    assert with_12 == with_3


def test_page_head_has_a_small_fixed_query_cost(client, tree, translate):
    """Metadata and JSON-LD add a few queries to a page, not one per translation."""
    page = NewsPageFactory(parent=tree.news, image=ImageFactory())
    translate(page, "de")
    one = queries(client, page.url)
    for code in ("sv", "fi", "lv"):
        translate(page, code)
    four = queries(client, page.url)

    assert four == one
