"""The search page: visitor input is cleaned, bad input never breaks it."""

import pytest

from news.tests.factories import NewsPageFactory
from search.views import MAX_QUERY_LENGTH, clean_query

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (None, ""),
        ("", ""),
        ("   ", ""),
        ("rural  social\tservices", "rural social services"),
        ("a\x00b\x1bc\x7f", "a b c"),
        ("x" * 3000, "x" * MAX_QUERY_LENGTH),
    ],
)
def test_clean_query(raw, expected):
    assert clean_query(raw) == expected


@pytest.mark.parametrize("query", [{}, {"q": ""}, {"q": "   "}])
def test_empty_query_shows_the_form_without_results(client, site, query):
    response = client.get("/en/search/", query)

    assert response.status_code == 200
    assert response.context["results"] is None
    assert response.context["search_query"] == ""
    assert 'name="q"' in response.content.decode()


def test_finds_live_pages_in_the_current_language(client, tree, translate):
    hit = NewsPageFactory(parent=tree.news, title="Kick-off in Liepaja")
    NewsPageFactory(parent=tree.news, title="Liepaja draft", live=False)
    NewsPageFactory(parent=tree.news, title="Meeting in Tartu")
    german = translate(hit, "de", title="Auftakt in Liepaja")

    english = client.get("/en/search/", {"q": "Liepaja"})
    in_german = client.get("/de/search/", {"q": "Liepaja"})

    assert english.status_code == in_german.status_code == 200
    assert [page.pk for page in english.context["results"]] == [hit.pk]
    assert [page.pk for page in in_german.context["results"]] == [german.pk]
    assert f'href="{hit.url}"' in english.content.decode()


def test_long_query_is_capped(client, site):
    response = client.get("/en/search/", {"q": "rural " * 500})

    assert response.status_code == 200
    assert len(response.context["search_query"]) <= MAX_QUERY_LENGTH
    assert response.context["search_query"].startswith("rural rural")


def test_control_characters_are_dropped(client, site):
    response = client.get("/en/search/", {"q": "\x00rural\x1b\x07services\r\n"})

    assert response.status_code == 200
    assert response.context["search_query"] == "rural services"


def test_query_is_escaped(client, site):
    response = client.get("/en/search/", {"q": "<script>alert(1)</script>"})

    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.content.decode()


@pytest.mark.parametrize("page", ["abc", "-1", "0", ""])
def test_bad_page_number_shows_the_first_page(client, tree, page):
    NewsPageFactory(parent=tree.news, title="Liepaja")

    response = client.get("/en/search/", {"q": "Liepaja", "page": page})

    assert response.status_code == 200
    assert response.context["results"].number == 1


def test_page_past_the_end_is_not_found(client, tree):
    NewsPageFactory(parent=tree.news, title="Liepaja")

    response = client.get("/en/search/", {"q": "Liepaja", "page": "99999"})

    assert response.status_code == 404
