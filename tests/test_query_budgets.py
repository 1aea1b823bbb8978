"""Listings render in a constant number of queries, whether they list 3 or 15 items.

Run with `pytest -s tests/test_query_budgets.py` to see the measured counts.
"""

import datetime
import itertools

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.signal_handlers import disable_reference_index_auto_update

from home import fragments
from home.tests.factories import (
    CountryFactory,
    ImageFactory,
    TargetGroupFactory,
    ThemeFactory,
    make_pdf,
)
from news.tests.factories import NewsCategoryFactory, NewsPageFactory
from partners.tests.factories import (
    CaseStoryPageFactory,
    NetworkPageFactory,
    PartnerPageFactory,
)
from resources.tests.factories import OutputPageFactory
from tests.conftest import shared_context

pytestmark = pytest.mark.django_db


def news_items(tree, count):
    category = NewsCategoryFactory()
    for n in range(count):
        NewsPageFactory(
            parent=tree.news,
            image=ImageFactory(),
            category=category,
            date=datetime.date(2024, 1, 1) + datetime.timedelta(days=n),
        )


def case_stories(tree, count):
    country, group, theme = CountryFactory(), TargetGroupFactory(), ThemeFactory()
    network = NetworkPageFactory(parent=tree.networks, country=country)
    for _ in range(count):
        CaseStoryPageFactory(
            parent=tree.case_stories,
            image=ImageFactory(),
            country=country,
            network=network,
            target_groups=[group],
            themes=[theme],
        )


def partners(tree, count):
    countries = [CountryFactory(), CountryFactory()]
    roles = itertools.cycle(["lead", "partner", "associated"])
    for n in range(count):
        PartnerPageFactory(
            parent=tree.partners,
            logo=ImageFactory(),
            country=countries[n % 2],
            role=next(roles),
            city="Kiel",
        )


def networks(tree, count):
    country = CountryFactory()
    partner = PartnerPageFactory(parent=tree.partners, country=country)
    for _ in range(count):
        NetworkPageFactory(
            parent=tree.networks,
            image=ImageFactory(),
            country=country,
            coordinating_partner=partner,
        )


def outputs(tree, count):
    """Half with an uploaded cover, half with the cover read from their PDF."""
    pdf = make_pdf("Cover")
    for n in range(count):
        if n % 2:
            OutputPageFactory(parent=tree.outputs, image=ImageFactory())
        else:
            OutputPageFactory(parent=tree.outputs, files__document__file__data=pdf)


LISTINGS = {
    "news": news_items,
    "case_stories": case_stories,
    "partners": partners,
    "networks": networks,
    "outputs": outputs,
}


@pytest.fixture
def make(settings):
    """Create items without updating the search and reference indexes.

    These tests measure rendering; skipping the indexes on save halves the set-up time.
    """
    settings.WAGTAILSEARCH_BACKENDS = {
        name: {**conf, "AUTO_UPDATE": False}
        for name, conf in settings.WAGTAILSEARCH_BACKENDS.items()
    }

    def create(builder, tree, count):
        with disable_reference_index_auto_update():
            builder(tree, count)

    return create


def count_queries(client, url, expected_items):
    """Render once to make the renditions, then count the queries of a second render
    with nothing kept (home/fragments.py): the first visit after a change of content.
    tests/test_fragments.py counts the visits after it."""
    assert client.get(url).status_code == 200
    fragments.content_changed()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    assert len(shared_context(response)["items"].object_list) == expected_items
    return queries


@pytest.mark.parametrize("name", LISTINGS)
def test_listing_queries_do_not_grow_with_items(client, tree, settings, make, name):
    settings.PORTAL_PAGE_SIZE = 100
    url = getattr(tree, name).url

    # A query per item would show 12 times over.
    make(LISTINGS[name], tree, 3)
    few = count_queries(client, url, 3)
    make(LISTINGS[name], tree, 12)
    many = count_queries(client, url, 15)

    print(
        f"\nQueries for the {name} listing: {len(few)} with 3 items, "
        f"{len(many)} with 15 items"
    )
    extra = [q["sql"] for q in many.captured_queries[len(few) :]]
    assert len(many) == len(few), "\n".join(extra[:10])


@pytest.mark.parametrize(
    "name", ["news", "case_stories", "partners", "networks", "outputs"]
)
def test_translated_listing_queries_do_not_grow_with_items(
    client, tree, settings, translate, locales, make, name
):
    """Term names in another language are looked up once per request, not per card."""
    settings.PORTAL_PAGE_SIZE = 100
    index = getattr(tree, name)
    german_index = translate(index, "de")

    def add_german_items(count):
        make(LISTINGS[name], tree, count)
        for child in index.get_children().specific():
            if child.get_translation_or_none(locales["de"]) is None:
                translate(child, "de")

    add_german_items(2)
    with_2 = count_queries(client, german_index.url, 2)
    add_german_items(4)
    with_6 = count_queries(client, german_index.url, 6)

    print(
        f"\nQueries for the German {name} listing: {len(with_2)} with 2 items, "
        f"{len(with_6)} with 6 items"
    )
    assert len(with_6) == len(with_2)


@pytest.mark.parametrize("name", LISTINGS)
def test_listings_with_fallback_do_not_grow_with_items_or_languages(
    client, tree, settings, translate, locales, make, name
):
    """A German listing shows every item once: half translated, half the English page
    (marked). More items, and translations into more languages, cost no query more."""
    settings.PORTAL_PAGE_SIZE = 100
    index = getattr(tree, name)
    german_index = translate(index, "de")

    def add(count, languages):
        before = set(index.get_children().values_list("pk", flat=True))
        make(LISTINGS[name], tree, count)
        new = index.get_children().exclude(pk__in=before).specific().order_by("path")
        for number, child in enumerate(new):
            if number % 2 == 0:
                translate(child, "de")
            for code in languages:
                translate(child, code)
        return index.get_children().live().count()

    items = add(2, [])
    few = count_queries(client, german_index.url, items)
    items = add(10, ["fi", "lv", "pl"])
    many = count_queries(client, german_index.url, items)

    response = client.get(german_index.url)
    shown = shared_context(response)["items"].object_list
    assert {item.fallback_language for item in shown} == {None, "en"}
    assert len({item.translation_key for item in shown}) == items
    print(
        f"\nQueries for the German {name} listing with English fallbacks: "
        f"{len(few)} with 2 items, {len(many)} with 12 items in 5 languages"
    )
    extra = [q["sql"] for q in many.captured_queries[len(few) :]]
    assert len(many) == len(few), "\n".join(extra[:10])
