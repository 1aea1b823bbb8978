"""Fragments of pages are kept until the published content changes (home/fragments.py):
each public page type then costs at most 15 queries, the same whatever the amount of
content, in every language; and whatever an editor changes shows on the next visit."""

import re

import pytest
from django.conf import settings
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction, Site

from home import fragments
from home.models import Country, FooterText, Rendition
from home.tests.factories import CountryFactory, ImageFactory
from news.tests.factories import NewsPageFactory
from partners.tests.factories import (
    CaseStoryPageFactory,
    NetworkPageFactory,
    PartnerPageFactory,
)
from resources.models import DownloadCount
from resources.tests.factories import OutputPageFactory
from tests.conftest import every_page_type

pytestmark = pytest.mark.django_db

BUDGET = 15
LANGUAGES = [code for code, _name in settings.LANGUAGES]


def queries_of(client, url):
    """The queries of a visit once the fragments are kept.

    The first visit of a new site makes its settings (a change of content); the
    next one keeps the fragments.
    """
    for _visit in range(2):
        assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return queries


def add_content(tree, count):
    """`count` more items of each kind, related to each other as editors relate them."""
    country = CountryFactory()
    for _ in range(count):
        partner = PartnerPageFactory(parent=tree.partners, country=country)
        network = NetworkPageFactory(
            parent=tree.networks, coordinating_partner=partner, image=ImageFactory()
        )
        story = CaseStoryPageFactory(
            parent=tree.case_stories, network=network, image=ImageFactory()
        )
        news = NewsPageFactory(parent=tree.news, image=ImageFactory())
        news.related_partners.add(partner)
        news.related_case_stories.add(story)
        news.save_revision().publish()
        output = OutputPageFactory(parent=tree.outputs)
        output.partners.add(partner)
        output.save_revision().publish()


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_type_within_the_budget_whatever_the_content(
    client, tree, translate, language
):
    pages = every_page_type(tree)
    add_content(tree, 1)
    if language != settings.LANGUAGE_CODE:
        pages = {kind: translate(page, language) for kind, page in pages.items()}
    urls = {kind: page.url for kind, page in pages.items()}

    few = {kind: queries_of(client, url) for kind, url in urls.items()}
    add_content(tree, 3)
    many = {kind: queries_of(client, url) for kind, url in urls.items()}

    def sql(queries):
        return "\n".join(query["sql"][:150] for query in queries.captured_queries)

    for kind, queries in many.items():
        assert len(queries) <= BUDGET, f"{kind} ({language}): {sql(queries)}"
        assert len(queries) == len(few[kind]), (
            f"{kind} ({language}):\n{sql(few[kind])}\n\nthen\n\n{sql(queries)}"
        )


def test_without_kept_fragments_pages_cost_more(client, tree, settings):
    """The budget is the fragments' doing: switched off, the same pages cost more."""
    add_content(tree, 2)
    url = tree.news.get_children().live().first().url
    kept = len(queries_of(client, url))
    settings.FRAGMENT_CACHE_SECONDS = 0
    assert len(queries_of(client, url)) > kept + 5


# Whatever an editor changes shows on the next visit ---------------------------------


def test_a_published_title_shows_in_menus_listings_and_relations(client, tree):
    tree.partners.show_in_menus = True
    tree.partners.save_revision().publish()
    partner = PartnerPageFactory(parent=tree.partners, title="Old partner name")
    news = NewsPageFactory(parent=tree.news)
    news.related_partners.add(partner)
    news.save_revision().publish()
    for url in (tree.partners.url, news.url):
        assert "Old partner name" in client.get(url).content.decode()

    partner.title = "New partner name"
    partner.save_revision().publish()
    tree.partners.title = "Our partners"
    tree.partners.save_revision().publish()

    assert "New partner name" in client.get(tree.partners.url).content.decode()
    html = client.get(news.url).content.decode()
    assert "New partner name" in html
    assert "Old partner name" not in html
    assert "Our partners" in html  # the main menu


def test_unpublishing_and_deleting_take_items_out(client, tree):
    gone = NewsPageFactory(parent=tree.news, title="Soon unpublished")
    deleted = NewsPageFactory(parent=tree.news, title="Soon deleted")
    assert "Soon unpublished" in client.get(tree.news.url).content.decode()
    gone.unpublish()
    deleted.delete()
    html = client.get(tree.news.url).content.decode()
    assert "Soon unpublished" not in html
    assert "Soon deleted" not in html


def test_a_moved_page_is_linked_at_its_new_address(client, tree):
    about = tree.about
    about.show_in_menus = True
    about.save_revision().publish()
    tree.partners.show_in_menus = True
    tree.partners.save_revision().publish()
    assert 'href="/en/about/"' in client.get(tree.news.url).content.decode()
    Page.objects.get(pk=about.pk).move(tree.partners, pos="last-child")
    html = client.get(tree.news.url).content.decode()
    assert 'href="/en/about/"' not in html
    assert "/en/partners/" in html


def test_snippets_and_settings_show_on_the_next_visit(client, tree, locales):
    story = CaseStoryPageFactory(
        parent=tree.case_stories, country=CountryFactory(name="Latvia")
    )
    FooterText.objects.create(locale=locales["en"], subtitle="Old subtitle")
    assert "Latvia" in client.get(story.url).content.decode()

    country = Country.objects.get(pk=story.country_id)
    country.name = "Latvija"
    country.save()
    text = FooterText.objects.get(locale=locales["en"])
    text.subtitle = "New subtitle"
    text.save()

    html = client.get(story.url).content.decode()
    assert "Latvija" in html
    assert "New subtitle" in html
    assert "Old subtitle" not in html


def test_an_images_new_alt_text_shows_in_every_card(client, tree):
    image = ImageFactory(description="Old description")
    NewsPageFactory(parent=tree.news, image=image)
    client.get(tree.news.url)
    image.description = "Weavers at work"
    image.save()
    html = client.get(tree.news.url).content.decode()
    assert "Old description" not in html


def test_a_preview_keeps_nothing(rf):
    """A preview shows a draft (Wagtail marks its request is_preview): what it makes
    is never kept for visitors."""
    made = []

    def compute():
        made.append(1)
        return len(made)

    def preview():
        request = rf.get("/")
        request.is_preview = True
        return request

    assert fragments.remember("test", (), compute, preview()) == 1
    assert fragments.remember("test", (), compute, preview()) == 2
    visit = rf.get("/")
    assert fragments.remember("test", (), compute, visit) == 3
    assert fragments.remember("test", (), compute, rf.get("/")) == 3


def test_a_request_asks_the_cache_once_for_each_fragment(rf, settings):
    """A listing names the same taxonomy terms on every card: one request reads them
    once, even with the fragments switched off."""
    settings.FRAGMENT_CACHE_SECONDS = 0
    made = []
    request = rf.get("/")
    for _card in range(3):
        fragments.remember("names", ("lv",), lambda: made.append(1), request)
    fragments.remember("names", ("lt",), lambda: made.append(1), request)
    assert len(made) == 2
    fragments.remember("names", ("lv",), lambda: made.append(1), rf.get("/"))
    assert len(made) == 3


# What changes the generation, and what does not --------------------------------------


def test_a_change_is_forgotten_again_when_its_transaction_commits(
    django_capture_on_commit_callbacks,
):
    before = fragments.generation()
    with django_capture_on_commit_callbacks(execute=True):
        fragments.content_changed()
        during = fragments.generation()
    after = fragments.generation()
    # At once (the editor's next page), and again once committed (a fragment made
    # by another request from the content before the commit is not kept).
    assert len({before, during, after}) == 3


def test_downloads_and_renditions_keep_the_fragments(tree):
    output = OutputPageFactory(parent=tree.outputs)
    image = ImageFactory()
    before = fragments.generation()
    DownloadCount.increment(output, "en")
    image.get_rendition("width-100")
    assert Rendition.objects.filter(image=image).exists()
    assert fragments.generation() == before


def test_a_request_reads_the_generation_once(rf):
    request = rf.get("/")
    first = fragments.generation(request)
    fragments.content_changed()
    # The page being made keeps one generation from start to end.
    assert fragments.generation(request) == first
    assert fragments.generation() != first


def test_kept_html_belongs_to_its_own_address(client, tree, settings):
    """A header marks its own page; a listing's second page and its filters are
    pages of their own, though both are kept."""
    settings.PORTAL_PAGE_SIZE = 2
    for index in (tree.news, tree.partners):
        index.show_in_menus = True
        index.save_revision().publish()
    for number in range(3):
        NewsPageFactory(parent=tree.news, title=f"Item {number}")

    def current(url):
        html = client.get(url).content.decode()
        return re.findall(r'<a href="([^"]+)"[^>]*aria-current="(?:page|true)"', html)

    for _visit in range(2):  # made, then kept
        assert "/en/news/" in current("/en/news/")
        assert "/en/news/" not in current("/en/partners/")
        assert "/en/partners/" in current("/en/partners/")
        first = client.get("/en/news/").content.decode()
        second = client.get("/en/news/page/2/").content.decode()
        assert first.count('class="card__title"') == 2
        assert second.count('class="card__title"') == 1


def test_the_site_of_a_request_is_known_without_a_query_until_sites_change(
    client, tree
):
    other = Site.objects.create(hostname="127.0.0.1", port=80, root_page=tree.about)

    def site_of_visit():
        with CaptureQueriesContext(connection) as queries:
            response = client.get("/en/", HTTP_HOST="127.0.0.1")
        asked = any("wagtailcore_site" in query["sql"] for query in queries)
        return response.wsgi_request._wagtail_site, asked

    assert site_of_visit()[0] == other  # (a first visit makes the site's settings)
    assert site_of_visit()[0] == other
    assert site_of_visit() == (other, False)
    other.hostname = "elsewhere.example"
    other.save()
    site, asked = site_of_visit()
    assert site.is_default_site
    assert asked


def test_a_filter_value_the_form_does_not_know_keeps_nothing_of_its_own(client, tree):
    add_content(tree, 2)
    queries_of(client, "/en/news/")
    # An unknown year or category, or a page number that is not one, lists what
    # /en/news/ lists: it is read from what that visit kept, not made and kept anew.
    for query in ("?year=1066", "?category=nonsense", "?year=&category="):
        with CaptureQueriesContext(connection) as queries:
            response = client.get(f"/en/news/{query}")
        assert response.status_code == 200
        assert not [q for q in queries if "news_newspage" in q["sql"]], query


def test_a_view_that_needs_no_site_is_given_none(client, tree):
    assert client.get("/en/").wsgi_request._wagtail_site is not None
    response = client.get("/health/")
    assert not hasattr(response.wsgi_request, "_wagtail_site")
    assert client.get("/en/").wsgi_request._wagtail_site is not None


def test_links_to_other_pages_of_a_list_keep_its_valid_filters_only(
    client, tree, settings
):
    settings.PORTAL_PAGE_SIZE = 2
    for number in range(3):
        NewsPageFactory(
            parent=tree.news, title=f"Item {number}", date=f"2018-05-0{number + 1}"
        )
    NewsPageFactory(parent=tree.news, title="Older", date="2017-05-01")
    for query in ("?year=2018&utm_source=mail", "?year=2018"):
        html = client.get(f"/en/news/{query}").content.decode()
        links = set(re.findall(r'href="(/en/news/[^"]*year=[^"]*)"', html))
        assert links == {"/en/news/?year=2018", "/en/news/page/2/?year=2018"}, query


def test_unknown_addresses_and_queries_keep_nothing_of_their_own(client, tree):
    kept = caches[fragments.ALIAS]._cache  # this test's in-memory cache
    news = tree.news.url
    client.get("/en/")
    client.get(news)
    before = len(kept)
    for number in range(20):
        assert client.get(f"/en/no-such-page-{number}/").status_code == 404
        assert client.get(f"{news}?utm_source={number}").status_code == 200
        assert client.get(f"/en/search/?q=word{number}").status_code == 200
    new = list(kept)[before:]
    assert len(new) <= 2, new


def test_a_kept_route_still_checks_the_pages_view_restrictions(
    client, tree, django_user_model
):
    PageViewRestriction.objects.create(
        page=tree.news, restriction_type=PageViewRestriction.LOGIN
    )
    user = django_user_model.objects.create_user("reader", password="x")
    client.force_login(user)
    for _visit in range(2):  # routed, then read from what the first visit kept
        assert client.get(tree.news.url).status_code == 200
    client.logout()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(tree.news.url)
    assert response.status_code == 302
    assert "login" in response["Location"]
    # The page was not looked up again: its route was kept.
    assert not [q for q in queries if 'FROM "news_newsindexpage"' in q["sql"]]


def test_what_one_visitor_searched_for_is_not_shown_to_the_next(client, tree):
    client.get("/en/search/?q=alphaword")
    html = client.get("/en/search/?q=betaword").content.decode()
    assert "alphaword" not in html
    assert "betaword" in html
