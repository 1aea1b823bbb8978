"""The search page: results, facets, languages, picks, and bad input never breaks it."""

import datetime

import pytest
from django.db import connection
from elastic_transport import ConnectionError as TransportConnectionError
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from news.tests.factories import NewsPageFactory
from partners.tests.factories import CaseStoryPageFactory
from resources.tests.factories import OutputPageFactory
from search.query import MAX_QUERY_LENGTH, clean_query
from search.views import PER_PAGE

pytestmark = pytest.mark.django_db


def titles(response):
    return [hit.page.title for hit in response.context["hits"]]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (None, ""),
        ("", ""),
        ("   ", ""),
        ("rural  social\tservices", "rural social services"),
        ("a\x00b\x1bc\x7f", "a b c"),
        ("x" * 3000, "x" * MAX_QUERY_LENGTH),
        # Cut between words, never inside one.
        ("rural " * 500, " ".join(["rural"] * (MAX_QUERY_LENGTH // 6))),
        ("a" * 199 + " bb", "a" * 199),
        ("a" * 200 + " bb", "a" * 200),
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
    assert [hit.page.pk for hit in english.context["hits"]] == [hit.pk]
    assert [hit.page.pk for hit in in_german.context["hits"]] == [german.pk]
    assert f'href="{hit.url}"' in english.content.decode()


def test_all_languages_switch_shows_each_result_with_its_language(
    client, tree, translate
):
    hit = NewsPageFactory(parent=tree.news, title="Kick-off in Liepaja")
    german = translate(hit, "de", title="Auftakt in Liepaja")

    response = client.get("/de/search/", {"q": "Liepaja", "all": "1"})

    assert response.status_code == 200
    hits = {hit.page.pk: hit for hit in response.context["hits"]}
    assert set(hits) == {hit.pk, german.pk}
    assert hits[german.pk].language_name == "Deutsch"
    assert hits[hit.pk].language_name == "English"
    html = response.content.decode()
    assert 'lang="en" hreflang="en"' in html
    assert 'name="all" value="1" checked' in html


def test_each_result_shows_type_date_and_highlighted_snippet(client, tree):
    NewsPageFactory(
        parent=tree.news,
        title="Kick-off in Liepaja",
        date=datetime.date(2019, 3, 14),
        summary="Partners from eight countries met in Liepaja for two days.",
    )

    response = client.get("/en/search/", {"q": "liepaja"})

    [hit] = response.context["hits"]
    assert hit.type.key == "news"
    assert hit.date == datetime.date(2019, 3, 14)
    html = response.content.decode()
    assert "Kick-off in <mark>Liepaja</mark>" in html
    assert "met in <mark>Liepaja</mark> for two days" in html
    assert 'datetime="2019-03-14"' in html


def test_highlighting_escapes_html(client, tree):
    NewsPageFactory(
        parent=tree.news,
        title="<script>alert(1)</script> Liepaja",
        summary='<img src=x onerror="alert(2)"> Liepaja & Riga',
    )

    response = client.get("/en/search/", {"q": "Liepaja"})

    html = response.content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; <mark>Liepaja</mark>" in html
    assert "<img src=x" not in html
    assert (
        "&lt;img src=x onerror=&quot;alert(2)&quot;&gt; <mark>Liepaja</mark> &amp; Riga"
        in html
    )


def test_facets_count_each_type_and_filter_by_one(client, tree):
    NewsPageFactory(parent=tree.news, title="Liepaja news one")
    NewsPageFactory(parent=tree.news, title="Liepaja news two")
    story = CaseStoryPageFactory(parent=tree.case_stories, title="A bus in Liepaja")
    NewsPageFactory(parent=tree.news, title="Tartu news")

    everything = client.get("/en/search/", {"q": "Liepaja"})
    stories = client.get("/en/search/", {"q": "Liepaja", "type": "case-story"})

    facets = {f["type"].key: f["count"] for f in everything.context["facets"]}
    assert facets == {"news": 2, "case-story": 1}
    assert everything.context["total"] == 3
    assert [hit.page.pk for hit in stories.context["hits"]] == [story.pk]
    # The counts still cover every type, so visitors can switch.
    assert {f["type"].key: f["count"] for f in stories.context["facets"]} == facets
    assert 'href="?q=Liepaja&amp;type=news"' in stories.content.decode()


def test_other_pages_are_a_type_of_their_own(client, tree):
    tree.about.title = "About Liepaja"
    tree.about.save_revision().publish()
    NewsPageFactory(parent=tree.news, title="Liepaja news")

    response = client.get("/en/search/", {"q": "Liepaja", "type": "page"})

    assert titles(response) == ["About Liepaja"]


def test_unknown_type_is_a_bad_request_with_a_message(client, site):
    response = client.get("/en/search/", {"q": "Liepaja", "type": "<b>gadgets</b>"})

    assert response.status_code == 400
    html = response.content.decode()
    assert "There is no result type “&lt;b&gt;gadgets&lt;/b&gt;”" in html


def test_outputs_show_their_publication_date(client, tree):
    OutputPageFactory(
        parent=tree.outputs,
        title="Liepaja handbook",
        publication_date=datetime.date(2021, 5, 1),
    )

    response = client.get("/en/search/", {"q": "Liepaja"})

    [hit] = response.context["hits"]
    assert (hit.type.key, hit.date) == ("output", datetime.date(2021, 5, 1))


def test_long_query_is_capped(client, tree):
    NewsPageFactory(parent=tree.news, title="Rural transport")
    response = client.get("/en/search/", {"q": "rural " * 500})

    assert response.status_code == 200
    assert len(response.context["search_query"]) <= MAX_QUERY_LENGTH
    assert response.context["search_query"].startswith("rural rural")
    # The capped query still searches.
    assert "Rural transport" in titles(response)


def test_control_characters_are_dropped(client, site):
    # NUL is refused before the view (portal/middleware.py, a 400).
    response = client.get("/en/search/", {"q": "\x01rural\x1b\x07services\r\n"})

    assert response.status_code == 200
    assert response.context["search_query"] == "rural services"


def test_query_is_escaped(client, site):
    response = client.get("/en/search/", {"q": "<script>alert(1)</script>"})

    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.content.decode()


@pytest.mark.parametrize(
    "query",
    [
        '"Liepaja',
        'Liepaja"',
        '"Kick-off in" "Liepaja',
        "(Liepaja",
        "Liepaja]",
        "{Liepaja}!!",
        "Liepaja*",
        "Liepaja -",
        "Liepaja: & |",
        "Liepaja \\",
        "'Liepaja'",
    ],
)
def test_quotes_brackets_and_operators_are_harmless(client, tree, query):
    NewsPageFactory(parent=tree.news, title="Kick-off in Liepaja")

    response = client.get("/en/search/", {"q": query})

    assert response.status_code == 200
    assert "Kick-off in Liepaja" in titles(response)


@pytest.mark.parametrize(
    "query",
    ["Liepaja) OR (1=1", "Liepaja OR Tallinn", "title:Liepaja", "x'; DROP TABLE --"],
)
def test_operators_are_words_not_syntax(client, tree, query):
    NewsPageFactory(parent=tree.news, title="Kick-off in Liepaja")

    response = client.get("/en/search/", {"q": query})

    assert response.status_code == 200
    assert titles(response) == []


def test_quoted_words_are_a_phrase(client, tree):
    NewsPageFactory(parent=tree.news, title="Rural partners meeting")
    NewsPageFactory(parent=tree.news, title="Meeting of rural partners")

    response = client.get("/en/search/", {"q": '"partners meeting"'})

    assert titles(response) == ["Rural partners meeting"]


@pytest.mark.parametrize("query", ['""', "()", "&&||!!", "* : -", "'"])
def test_query_without_words_explains_itself(client, site, query):
    response = client.get("/en/search/", {"q": query})

    assert response.status_code == 200
    assert response.context["no_words"] is True
    assert "no words we can look for" in response.content.decode()


@pytest.mark.parametrize("page", ["abc", "-1", "0", "", "1.5", "9" * 30])
def test_bad_page_number_shows_a_page_of_results(client, tree, page):
    NewsPageFactory(parent=tree.news, title="Liepaja")

    response = client.get("/en/search/", {"q": "Liepaja", "page": page})

    assert response.status_code == 200
    assert response.context["results"].number == 1


def test_page_past_the_end_shows_the_last_page_and_says_so(client, tree):
    for n in range(PER_PAGE + 1):
        NewsPageFactory(parent=tree.news, title=f"Liepaja {n}")

    response = client.get("/en/search/", {"q": "Liepaja", "page": "99999"})

    assert response.status_code == 200
    assert response.context["results"].number == 2
    assert len(response.context["hits"]) == 1
    assert "There are only 2 pages of results" in response.content.decode()


def test_second_page_continues_the_first(client, tree):
    for n in range(PER_PAGE + 3):
        NewsPageFactory(parent=tree.news, title=f"Liepaja {n}")

    first = client.get("/en/search/", {"q": "Liepaja"})
    second = client.get("/en/search/", {"q": "Liepaja", "page": "2"})

    assert len(first.context["hits"]) == PER_PAGE
    assert len(second.context["hits"]) == 3
    assert not {h.page.pk for h in first.context["hits"]} & {
        h.page.pk for h in second.context["hits"]
    }


def test_empty_result_suggests_other_languages_and_outputs(client, tree, translate):
    english = NewsPageFactory(parent=tree.news, title="Liepaja news")
    translate(english, "de", title="Auftakt in Ventspils")
    output = OutputPageFactory(parent=tree.outputs, title="Handbook")
    german_output = translate(output, "de", title="Handbuch")

    response = client.get("/de/search/", {"q": "Liepaja"})

    assert response.status_code == 200
    assert response.context["total"] == 0
    assert response.context["other_languages"] == [
        {"code": "en", "name": "English", "count": 1, "url": "/en/search/?q=Liepaja"}
    ]
    assert response.context["suggested_outputs"] == [german_output]
    html = response.content.decode()
    assert 'href="/en/search/?q=Liepaja"' in html
    assert "Handbuch" in html


def test_empty_result_suggests_the_most_downloaded_outputs(client, tree, translate):
    from resources.models import DownloadCount

    older = OutputPageFactory(
        parent=tree.outputs, publication_date=datetime.date(2018, 1, 1)
    )
    newer = OutputPageFactory(
        parent=tree.outputs, publication_date=datetime.date(2020, 1, 1)
    )
    german = translate(older, "de")
    # Downloads of any language version count for the output.
    DownloadCount.objects.create(
        page=german, language="de", day=datetime.date(2024, 1, 1), count=3
    )
    DownloadCount.objects.create(
        page=older, language="en", day=datetime.date(2024, 1, 2), count=2
    )

    response = client.get("/en/search/", {"q": "Liepaja"})

    assert response.context["suggested_outputs"] == [older, newer]
    assert "Popular outputs" in response.content.decode()


def test_editors_picks_come_first_in_the_visitors_language(client, tree, translate):
    picked = NewsPageFactory(parent=tree.news, title="Annual conference")
    german = translate(picked, "de", title="Jahreskonferenz")
    NewsPageFactory(parent=tree.news, title="Conference planning")
    SearchPromotion.objects.create(
        query=Query.get("Conference"), page=picked, description="Our main event"
    )

    english = client.get("/en/search/", {"q": "conference"})
    in_german = client.get("/de/search/", {"q": "Conference"})

    assert english.context["picks"] == [
        {
            "title": "Annual conference",
            "url": picked.url,
            "description": "Our main event",
            "fallback_language": None,
        }
    ]
    assert in_german.context["picks"][0]["url"] == german.url
    assert Query.get("conference").hits == 2


def test_a_pick_behind_a_login_is_not_shown(client, tree):
    from wagtail.models import PageViewRestriction

    private = NewsPageFactory(parent=tree.news, title="Partners' meeting minutes")
    PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.LOGIN
    )
    public = NewsPageFactory(parent=tree.news, title="Partners' meeting report")
    query = Query.get("meeting")
    SearchPromotion.objects.create(query=query, page=private, sort_order=0)
    SearchPromotion.objects.create(query=query, page=public, sort_order=1)

    response = client.get("/en/search/", {"q": "meeting"})

    assert [pick["url"] for pick in response.context["picks"]] == [public.url]
    assert "minutes" not in response.content.decode()


def test_every_page_header_has_a_search_landmark(client, tree):
    page = NewsPageFactory(parent=tree.news)

    for url in (tree.home.url, page.url, "/en/search/?q=x", "/en/no-such-page/"):
        html = client.get(url).content.decode()
        form = html[html.index("<header") : html.index("</header>")]
        assert 'role="search"' in form, url
        assert 'action="/en/search/"' in form, url
        assert 'name="q"' in form, url


def test_a_database_error_in_search_answers_503(client, tree, monkeypatch):
    from django.db import OperationalError

    NewsPageFactory(parent=tree.news, title="Liepaja")

    def fail(*args, **kwargs):
        raise OperationalError("could not connect to server")

    monkeypatch.setattr("search.views.run_search", fail)

    response = client.get("/en/search/", {"q": "Liepaja"})

    assert response.status_code == 503
    assert "Search is not available at the moment" in response.content.decode()


def test_search_backend_down_answers_503_and_the_site_keeps_working(
    client, tree, monkeypatch
):
    NewsPageFactory(parent=tree.news, title="Liepaja")

    def refuse(*args, **kwargs):
        raise TransportConnectionError("Connection refused")

    monkeypatch.setattr(
        "wagtail.search.queryset.SearchableQuerySetMixin.search", refuse
    )

    response = client.get("/en/search/", {"q": "Liepaja"})
    home = client.get("/en/")

    assert response.status_code == 503
    assert "Search is not available at the moment" in response.content.decode()
    assert home.status_code == 200


def test_unreachable_elasticsearch_answers_503(client, tree, settings):
    """With the real Elasticsearch backend and nothing listening on its port."""
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "search.backends.elasticsearch8",
            "URLS": ["http://127.0.0.1:9"],
            "INDEX_PREFIX": "portal_test_",
            "TIMEOUT": 1,
            "OPTIONS": {"max_retries": 0},
        }
    }
    # Editors can still publish: indexing errors are logged, not raised.
    page = NewsPageFactory(parent=tree.news, title="Liepaja")

    response = client.get("/en/search/", {"q": "Liepaja"})

    assert response.status_code == 503
    assert client.get(page.url).status_code == 200


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="stemming needs PostgreSQL"
)
def test_german_words_match_their_inflections_on_postgresql(client, tree, translate):
    page = NewsPageFactory(parent=tree.news, title="Local network")
    translate(page, "de", title="Ein neues Netzwerk")

    response = client.get("/de/search/", {"q": "Netzwerke"})

    assert titles(response) == ["Ein neues Netzwerk"]
    assert "<mark>Netzwerk</mark>" in response.content.decode()


def test_queries_do_not_grow_with_the_number_of_results(client, tree):
    from django.db import connection as db
    from django.test.utils import CaptureQueriesContext

    from home import fragments

    def count_queries():
        client.get("/en/search/", {"q": "Liepaja"})  # warm caches
        # Counted with no page fragment kept (home/fragments.py), as after a change.
        fragments.content_changed()
        with CaptureQueriesContext(db) as queries:
            response = client.get("/en/search/", {"q": "Liepaja"})
        assert response.status_code == 200
        return len(response.context["hits"]), len(queries)

    NewsPageFactory(parent=tree.news, title="Liepaja news")
    OutputPageFactory(parent=tree.outputs, title="Liepaja handbook")
    few = count_queries()
    for n in range(6):
        NewsPageFactory(parent=tree.news, title=f"Liepaja news {n}")
        OutputPageFactory(parent=tree.outputs, title=f"Liepaja handbook {n}")
    many = count_queries()

    assert (few[0], many[0]) == (2, PER_PAGE)
    assert many[1] == few[1]
