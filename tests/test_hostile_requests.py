"""Hostile requests: malformed input to every public URL pattern is a 4xx, never a 500.

The requests are generated: every public URL pattern of the site (the test fails when
a pattern has no example here) gets hostile paths, hostile values in the parameters
its views read, and unusual methods. CI runs this on PostgreSQL, which refuses NUL
bytes and overflowing numbers that SQLite lets through.
"""

from itertools import cycle, islice
from urllib.parse import urlencode

import pytest
from django.conf import settings
from django.test import Client
from django.urls import Resolver404, URLPattern, URLResolver, get_resolver
from django.utils import translation
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from home.tests.factories import DocumentFactory, ImageFactory
from tests.conftest import every_page_type

# Each value's own kind of trouble: NUL and control bytes, overflowing and odd numbers,
# wrong types, invalid UTF-8, overlong text, markup, traversal and SQL.
VALUES = [
    "\x00",
    "abc\x00def",
    "\x01\x02\x1f",
    "99999999999999999999",
    "-99999999999999999999",
    "1e309",
    "-1",
    "0",
    "1.5",
    "NaN",
    "abc",
    "",
    "[]",
    "{}",
    "x" * 5000,
    "<script>alert(1)</script>",
    "../../../../etc/passwd",
    "'; DROP TABLE wagtailcore_page; --",
    "%ff%fe",
    "🙂" * 300,
    "en,de,xx",
]

PAGE_PARAMETERS = [
    "page",
    "q",
    "unavailable",
    "country",
    "target_group",
    "theme",
    "audience",
    "category",
    "year",
    "type",
    "language",
    "format",
]
API_PARAMETERS = [
    "offset",
    "limit",
    "fields",
    "order",
    "search",
    "search_operator",
    "locale",
    "fallback",
    "type",
    "child_of",
    "descendant_of",
    "ancestor_of",
    "translation_of",
    "site",
    "html_path",
    "id",
    "title",
    "slug",
    "show_in_menus",
    "tags",
]
PATH_SUFFIXES = [
    "%00",
    "%00/",
    "x%00y/",
    "%ff%fe/",
    "x" * 3000 + "/",
    "99999999999999999999/",
]
LANGUAGES = dict(settings.LANGUAGES)
# Query strings sent as they are: bytes that are not UTF-8, a lone surrogate, NUL names.
RAW_QUERIES = [
    "q=%ff%fe",
    "page=%ed%a0%80",
    "%00=%00",
    "a=%",
    "&&==&",
    "x=" + "%41" * 4000,
]
METHODS = ["post", "delete", "options", "trace"]


def public_patterns(resolver=None, admin=False):
    """Every view of the site outside the admin, as (view path, URL name)."""
    resolver = resolver or get_resolver()
    for pattern in resolver.url_patterns:
        if isinstance(pattern, URLResolver):
            inside_admin = admin or str(pattern.pattern).lstrip("^").startswith(
                "admin/"
            )
            yield from public_patterns(pattern, inside_admin)
        elif (
            isinstance(pattern, URLPattern)
            and not admin
            and not str(pattern.pattern).lstrip("^").startswith("admin/")
        ):
            yield pattern.lookup_str, pattern.name


def covered(paths):
    """The views the example paths reach."""
    found = set()
    for path in paths:
        prefix = path.split("/")[1]
        with translation.override(prefix if prefix in LANGUAGES else "en"):
            try:
                match = get_resolver().resolve(path)
            except Resolver404:  # "/": the language middleware redirects it
                continue
        found.add((match._func_path, match.url_name))
    return found


@pytest.fixture
def examples(tree, translate):
    """One URL per public pattern, with the parameters its views read."""
    pages = every_page_type(tree)
    german = translate(pages["news"], "de")
    output = pages["output"]
    document = DocumentFactory()
    output.files.create(document=document, language="en")
    output.save_revision().publish()
    image = ImageFactory()
    restriction = PageViewRestriction.objects.create(
        page=pages["standard"], restriction_type="password", password="secret"
    )
    collection = Collection.get_first_root_node().add_child(name="Private")
    private = CollectionViewRestriction.objects.create(
        collection=collection, restriction_type="password", password="secret"
    )
    page_urls = [page.url for page in pages.values()] + [german.url]
    api = "/api/v2/"
    urls = [(url, PAGE_PARAMETERS) for url in page_urls] + [
        ("/", ["lang"]),
        ("/lv/news/", PAGE_PARAMETERS),
        ("/en/search/", PAGE_PARAMETERS),
        ("/en/feeds/news.rss", []),
        ("/lv/feeds/news.atom", []),
        ("/pl/feeds/case-stories.rss", []),
        ("/de/feeds/case-stories.atom", []),
        (
            f"/en/_util/authenticate_with_password/{restriction.pk}/{restriction.page_id}/",
            ["return_url", "password"],
        ),
        ("/fi/_util/login/", ["next"]),
        (f"/documents/authenticate_with_password/{private.pk}/", ["return_url"]),
        ("/en/project.json", []),
        ("/en/project-partners.csv", []),
        ("/en/project-outputs.csv", []),
        ("/sitemap.xml", ["p"]),
        ("/sitemap-pages.xml", ["p"]),
        ("/robots.txt", []),
        ("/health/", ["format"]),
        (document.url, ["download", "locale"]),
        (f"/media/{image.file.name}", []),
        (f"{api}pages/", API_PARAMETERS),
        (f"{api}pages/{pages['news'].pk}/", ["fields", "locale"]),
        (f"{api}pages/find/", API_PARAMETERS),
        (f"{api}images/", API_PARAMETERS),
        (f"{api}images/{image.pk}/", ["fields"]),
        (f"{api}images/find/", ["id"]),
        (f"{api}documents/", API_PARAMETERS),
        (f"{api}documents/{document.pk}/", ["fields"]),
        (f"{api}documents/find/", ["id"]),
    ]
    return urls


def hostile_requests(examples):
    """(method, address) pairs: hostile values in every parameter, raw query strings,
    hostile paths and unusual methods, on every example."""
    values = cycle(VALUES)
    for url, parameters in examples:
        for parameter in parameters:
            for value in islice(values, 1):
                yield "get", f"{url}?{urlencode({parameter: value})}"
        everything = dict.fromkeys(parameters or ["x"], "\x00")
        yield "get", f"{url}?{urlencode(everything)}"
        for query in RAW_QUERIES:
            yield "get", f"{url}?{query}"
        for suffix in PATH_SUFFIXES:
            base = url if url.endswith("/") else url + "/"
            yield "get", base + suffix
        for method in METHODS:
            yield method, url


@pytest.mark.slow
# Each request in its own transaction, as on a server: a database error in one request
# (PostgreSQL aborts the transaction) must not fail the next.
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_no_hostile_request_is_a_server_error(examples):
    paths = [url for url, _parameters in examples]
    missing = set(public_patterns()) - covered(paths)
    assert not missing, f"Public URL patterns without a hostile example: {missing}"

    client = Client(raise_request_exception=False)
    sent, failures = 0, []
    for method, address in hostile_requests(examples):
        response = getattr(client, method)(address)
        sent += 1
        if response.status_code >= 500:
            failures.append((response.status_code, method, address))

    print(f"hostile requests: {sent} sent, {len(failures)} answered 5xx")
    assert sent >= 500
    assert not failures, f"{len(failures)} of {sent} hostile requests failed:\n" + (
        "\n".join(repr(failure)[:300] for failure in failures[:40])
    )


@pytest.mark.django_db
@pytest.mark.parametrize("code", LANGUAGES)
def test_a_nul_byte_is_a_bad_request_in_the_language_of_the_address(
    client, home_page, code
):
    response = client.get(f"/{code}/news/%00/", {"q": "x"})

    assert response.status_code == 400
    assert f'<html lang="{code}">' in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["q=%00", "page=1%002", "%00=1", "q=a%00"])
def test_a_nul_in_a_query_is_a_bad_request(client, home_page, query):
    assert client.get(f"/en/?{query}").status_code == 400


@pytest.mark.django_db
def test_other_control_characters_in_a_query_reach_the_view(client, home_page):
    """The search drops them from what a visitor pasted (search/query.py)."""
    response = client.get("/en/search/", {"q": "\x1brural\x07services\r\n"})

    assert response.status_code == 200
    assert response.context["search_query"] == "rural services"


@pytest.mark.django_db
def test_the_api_answers_a_malformed_address_in_json(client, home_page):
    response = client.get("/api/v2/pages/", {"search": "a\x00b"})

    assert response.status_code == 400
    assert "malformed address" in response.json()["message"]


@pytest.mark.django_db
def test_an_overlong_address_is_a_bad_request(client, home_page):
    assert client.get("/en/" + "x" * 2000 + "/").status_code == 400
    assert client.get("/en/" + "x" * 200 + "/").status_code == 404
