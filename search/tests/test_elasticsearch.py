"""The Elasticsearch backend: settings, per-language analyzers, mappings and queries.

These tests build the index settings, mappings and query bodies without a server.
The integration tests at the end talk to a real server: they run when
ELASTICSEARCH_URL is set and are skipped otherwise (docs/search.md).
"""

import json
import os
import subprocess
import sys
import uuid

import pytest
from django.conf import settings as django_settings
from django.core.management import call_command
from wagtail.models import Page, get_page_models
from wagtail.search.backends import get_search_backend

from news.models import NewsPage
from news.tests.factories import NewsPageFactory
from search.backends.elasticsearch8 import LanguageMapping
from search.languages import content_languages

pytestmark = pytest.mark.django_db

LANGUAGES = ["en", "de", "sv", "fi", "da", "et", "lv", "lt", "pl"]


def backend(**params):
    return get_search_backend(
        "search.backends.elasticsearch8",
        URLS=["http://127.0.0.1:9"],
        INDEX_PREFIX="portal_",
        **params,
    )


def settings_with(env):
    """WAGTAILSEARCH_BACKENDS as portal/settings/base.py computes it from env."""
    code = (
        "import json, portal.settings.base as s; "
        "print(json.dumps(s.WAGTAILSEARCH_BACKENDS))"
    )
    clean = {k: v for k, v in os.environ.items() if not k.startswith("ELASTICSEARCH")}
    output = subprocess.run(  # noqa: S603 - our own interpreter and code
        [sys.executable, "-c", code],
        env={**clean, **env},
        cwd=django_settings.BASE_DIR,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return json.loads(output)["default"]


def test_database_backend_without_elasticsearch_url():
    assert settings_with({}) == {"BACKEND": "search.backends.database"}


def test_elasticsearch_url_switches_to_the_elasticsearch8_backend():
    conf = settings_with(
        {
            "ELASTICSEARCH_URL": "https://es.example:9200",
            "ELASTICSEARCH_INDEX": "sempre",
        }
    )

    assert conf["BACKEND"] == "search.backends.elasticsearch8"
    assert conf["URLS"] == ["https://es.example:9200"]
    assert conf["INDEX_PREFIX"] == "sempre_"


def test_elasticsearch_client_matches_the_backend_version():
    import elasticsearch

    assert elasticsearch.__versionstr__.startswith("8.")
    assert backend().es.__class__.__module__.startswith("elasticsearch")


def test_index_settings_define_an_analyzer_per_language():
    analysis = backend().settings["settings"]["analysis"]

    assert set(content_languages()) == set(LANGUAGES)
    for code in LANGUAGES:
        analyzer = analysis["analyzer"][f"portal_{code}"]
        assert analyzer["tokenizer"] == "standard"
        assert analyzer["filter"][0] == "lowercase"
        for name in analyzer["filter"][1:]:
            assert name in analysis["filter"] or name in {
                "german_normalization",
                "asciifolding",
            }
    assert analysis["filter"]["portal_de_stemmer"] == {
        "type": "stemmer",
        "language": "light_german",
    }
    assert analysis["filter"]["portal_sv_stop"] == {
        "type": "stop",
        "stopwords": "_swedish_",
    }
    # Wagtail's own analyzers for autocomplete stay.
    assert "edgengram_analyzer" in analysis["analyzer"]


def test_index_settings_from_the_environment_are_merged():
    custom = backend(INDEX_SETTINGS={"settings": {"index": {"number_of_shards": 3}}})

    assert custom.settings["settings"]["index"]["number_of_shards"] == 3
    assert "portal_de" in custom.settings["settings"]["analysis"]["analyzer"]


def test_catch_all_fields_have_a_sub_field_per_language():
    properties = LanguageMapping(NewsPage).get_mapping()["properties"]

    catch_all = [name for name in properties if name.startswith("_all_text")]
    assert "_all_text" in catch_all
    assert len(catch_all) > 1  # the boosted copies: title, summary
    for name in catch_all:
        subfields = properties[name]["fields"]
        assert set(subfields) == set(LANGUAGES)
        assert subfields["de"] == {"type": "text", "analyzer": "portal_de"}


def test_mapping_has_the_filter_fields():
    properties = LanguageMapping(NewsPage).get_mapping()["properties"]

    for field in (
        "locale_id_filter",
        "content_type_id_filter",
        "news_newspage__date_filter",
    ):
        assert field in properties, sorted(properties)


def test_pdf_text_of_the_files_reaches_the_catch_all_field():
    from resources.models import OutputPage

    properties = LanguageMapping(OutputPage).get_mapping()["properties"]

    files = properties["resources_outputpage__files"]
    assert files["type"] == "nested"
    assert files["properties"]["searchable_text"]["copy_to"] == "_all_text"
    assert "resources_outputpage__themes_filter" in properties


def query_fields(body):
    """The field names the text part of a compiled query searches."""
    found = []

    def walk(node):
        if isinstance(node, dict):
            for key, value in node.items():
                if key in {"fields", "match", "match_phrase"}:
                    found.extend(value)
                walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(body["bool"]["must"])
    return found


def test_search_in_one_language_uses_its_analyzer(locales):
    pages = Page.objects.live().filter(locale=locales["de"])

    body = backend().search("Netzwerke", pages).query_compiler.get_query()

    fields = query_fields(body)
    assert fields and all(".de" in field for field in fields), fields
    assert {"term": {"locale_id_filter": locales["de"].pk}} in json_filters(body)


def test_search_in_all_languages_tries_every_analyzer():
    body = backend().search("Netzwerke", Page.objects.live()).query_compiler.get_query()

    fields = {field.split("^")[0] for field in query_fields(body)}
    assert "_all_text" in fields
    assert {f"_all_text.{code}" for code in LANGUAGES} <= fields


def test_type_filters_become_elasticsearch_filters(locales):
    from django.contrib.contenttypes.models import ContentType

    news = ContentType.objects.get_for_model(NewsPage).pk
    pages = Page.objects.live().filter(locale=locales["en"], content_type_id=news)

    body = backend().search("network", pages).query_compiler.get_query()

    assert {"term": {"content_type_id_filter": news}} in json_filters(body)


def test_type_facet_asks_for_every_type_not_the_first_ten(locales):
    search_backend = backend()
    sent = []

    def record(**request):
        sent.append(request)
        return {"aggregations": {"content_type_id": {"buckets": []}}}

    search_backend.es.search = record  # no server here: keep the request it would get
    search_backend.search("network", Page.objects.live()).facet("content_type_id")

    (request,) = sent
    terms = request["aggregations"]["content_type_id"]["terms"]
    assert terms["field"] == "content_type_id_filter"
    assert terms["size"] > len(get_page_models())


def json_filters(body):
    """Every term filter in a compiled query."""
    text = json.dumps(body)
    found = []

    def walk(node):
        if isinstance(node, dict):
            if set(node) == {"term"}:
                found.append(node)
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(json.loads(text))
    return found


# Integration tests against a real server ------------------------------------------

needs_server = pytest.mark.skipif(
    not os.environ.get("ELASTICSEARCH_URL"),
    reason="ELASTICSEARCH_URL is not set: no Elasticsearch server to test against "
    "(see docs/search.md)",
)


@pytest.fixture
def elasticsearch(settings):
    """The site's search on a throw-away index prefix, deleted afterwards."""
    prefix = f"portal_test_{uuid.uuid4().hex[:8]}_"
    settings.WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": "search.backends.elasticsearch8",
            "URLS": [os.environ.get("ELASTICSEARCH_URL", "")],
            "INDEX_PREFIX": prefix,
        }
    }
    search_backend = get_search_backend()
    yield search_backend
    # Elasticsearch 8 refuses wildcard deletes by default: name each index.
    for name in search_backend.es.indices.get(index=f"{prefix}*"):
        search_backend.es.indices.delete(index=name)


def rebuild_index():
    call_command("update_index", verbosity=0)


@pytest.mark.elasticsearch
@needs_server
def test_update_index_builds_an_index_german_stemming_finds(
    elasticsearch, client, tree, translate
):
    page = NewsPageFactory(parent=tree.news, title="Local network in Liepaja")
    german = translate(page, "de", title="Ein Netzwerk in Liepaja")

    rebuild_index()
    response = client.get("/de/search/", {"q": "Netzwerke"})

    assert response.status_code == 200
    assert [hit.page.pk for hit in response.context["hits"]] == [german.pk]


@pytest.mark.elasticsearch
@needs_server
def test_facets_and_all_languages_on_elasticsearch(
    elasticsearch, client, tree, translate
):
    page = NewsPageFactory(parent=tree.news, title="Liepaja news")
    translate(page, "de", title="Liepaja Nachrichten")
    rebuild_index()

    response = client.get("/en/search/", {"q": "Liepaja", "all": "1"})

    assert response.context["total"] == 2
    assert {hit.language_code for hit in response.context["hits"]} == {"en", "de"}
