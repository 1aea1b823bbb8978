"""The news index: newest first, filtered by category and year, paginated."""

import datetime

import pytest

from news.tests.factories import (
    NewsCategoryFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
)
from tests.conftest import shared_context

pytestmark = pytest.mark.django_db


def listed(response):
    assert response.status_code == 200
    return list(shared_context(response)["items"].object_list)


@pytest.fixture
def news(tree):
    """Four items over two years and two categories, plus a draft and another index's."""
    events = NewsCategoryFactory(name="Events", slug="events")
    publications = NewsCategoryFactory(name="Publications", slug="publications")
    items = {
        "old_event": NewsPageFactory(
            parent=tree.news, date=datetime.date(2023, 5, 1), category=events
        ),
        "old_publication": NewsPageFactory(
            parent=tree.news, date=datetime.date(2023, 9, 1), category=publications
        ),
        "new_event": NewsPageFactory(
            parent=tree.news, date=datetime.date(2024, 2, 1), category=events
        ),
        "uncategorised": NewsPageFactory(
            parent=tree.news, date=datetime.date(2024, 6, 1)
        ),
    }
    NewsPageFactory(parent=tree.news, date=datetime.date(2024, 7, 1), live=False)
    NewsPageFactory(
        parent=NewsIndexPageFactory(parent=tree.home), date=datetime.date(2024, 8, 1)
    )
    return items


def test_lists_live_children_newest_first(client, tree, news):
    items = listed(client.get(tree.news.url))

    assert items == [
        news["uncategorised"],
        news["new_event"],
        news["old_publication"],
        news["old_event"],
    ]


def test_filters_by_category_slug(client, tree, news):
    items = listed(client.get(tree.news.url, {"category": "events"}))

    assert items == [news["new_event"], news["old_event"]]


def test_filters_by_year(client, tree, news):
    items = listed(client.get(tree.news.url, {"year": "2023"}))

    assert items == [news["old_publication"], news["old_event"]]


def test_filters_by_category_and_year(client, tree, news):
    items = listed(client.get(tree.news.url, {"category": "events", "year": "2024"}))

    assert items == [news["new_event"]]


def test_year_choices_are_the_years_with_news(client, tree, news):
    form = client.get(tree.news.url).context["filter_form"]

    years = [value for value, _label in form.fields["year"].choices if value != ""]
    assert years == [2024, 2023]


@pytest.mark.parametrize(
    "query",
    [
        {"category": "nope"},
        {"year": "abc"},
        {"year": "1999"},
        {"year": "2024-01"},
        {"category": "<script>alert(1)</script>"},
        {"unknown": "parameter"},
    ],
)
def test_unknown_filter_values_are_ignored(client, tree, news, query):
    response = client.get(tree.news.url, query)

    assert len(listed(response)) == len(news)
    assert "<script>alert(1)</script>" not in response.content.decode()


def test_empty_filter_result_says_so(client, tree, news):
    response = client.get(tree.news.url, {"category": "publications", "year": "2024"})

    assert listed(response) == []
    assert "Nothing matches these filters." in response.content.decode()


@pytest.mark.parametrize(
    ("page", "expected_number"),
    [("1", 1), ("2", 2), ("abc", 1), ("-1", 1), ("0", 1), ("", 1)],
)
def test_pagination(client, tree, news, settings, page, expected_number):
    settings.PORTAL_PAGE_SIZE = 3

    response = client.get(tree.news.url, {"page": page}, follow=True)

    assert response.status_code == 200
    assert shared_context(response)["items"].number == expected_number
    expected = [news["uncategorised"], news["new_event"], news["old_publication"]]
    if expected_number == 2:
        expected = [news["old_event"]]
    assert listed(response) == expected


@pytest.mark.parametrize("page", ["3", "99999"])
def test_page_past_the_end_is_not_found(client, tree, news, settings, page):
    settings.PORTAL_PAGE_SIZE = 3

    assert client.get(f"{tree.news.url}page/{page}/").status_code == 404


def test_pagination_keeps_the_filters(client, tree, news, settings):
    settings.PORTAL_PAGE_SIZE = 1

    html = client.get(tree.news.url, {"category": "events"}).content.decode()

    assert f'href="{tree.news.url}page/2/?category=events"' in html


def test_later_pages_have_addresses_of_their_own(client, tree, news, settings):
    """<list>/page/2/, so that a static copy of the site has a file for each page;
    the old ?page=2 leads there with its filters; page 1 is the list itself."""
    settings.PORTAL_PAGE_SIZE = 1
    response = client.get(f"{tree.news.url}page/2/")
    assert response.status_code == 200
    assert shared_context(response)["items"].number == 2

    response = client.get(tree.news.url, {"page": "2", "category": "events"})
    assert response.status_code == 301
    assert response["Location"] == f"{tree.news.url}page/2/?category=events"
    response = client.get(tree.news.url, {"page": "1", "category": "events"})
    assert response["Location"] == f"{tree.news.url}?category=events"
    for odd in ("page/1/", "page/01/", "page/x/", "page/2/extra/", "page/"):
        assert client.get(f"{tree.news.url}{odd}").status_code == 404, odd
    # The links of the list lead to these addresses.
    html = client.get(f"{tree.news.url}page/2/").content.decode()
    assert f'href="{tree.news.url}page/3/"' in html
    assert f'href="{tree.news.url}"' in html
