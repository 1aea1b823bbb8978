"""The frontend cache is purged once a publish is committed, not before: a visit
between the two would put the old page back in the cache."""

import logging

import pytest
from django.conf import settings
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.contrib.frontend_cache.backends import HTTPBackend

from discovery.frontend_cache import affected_pages
from news.tests.factories import NewsPageFactory
from tests.servers import free_port

pytestmark = pytest.mark.django_db


def test_a_publish_is_purged_when_committed(
    tree, settings, caplog, django_capture_on_commit_callbacks
):
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {
            "BACKEND": f"{HTTPBackend.__module__}.HTTPBackend",
            # Nothing listens: the purge is logged and fails, as a test needs.
            "LOCATION": f"http://127.0.0.1:{free_port()}",
        }
    }
    page = NewsPageFactory(parent=tree.news)
    page.title = "A new title"
    with caplog.at_level(logging.INFO, logger="discovery.frontend_cache"):
        with django_capture_on_commit_callbacks() as callbacks:
            page.save_revision().publish()
            assert "Purging" not in caplog.text
        assert "Purging" not in caplog.text
        for callback in callbacks:
            callback()
    assert f"for page {page.pk}" in caplog.text


def test_what_a_publish_purges_costs_the_same_queries_in_any_number_of_languages(
    tree, translate, django_assert_max_num_queries
):
    """The pages above every translation of the page and of its listing are found in
    one query, not one a translation."""
    news = NewsPageFactory(parent=tree.news)
    with CaptureQueriesContext(connection) as one_language:
        pages = list(affected_pages(news))
    assert {page.url for page in pages} == {"/en/", "/en/news/", news.url}
    languages = [code for code, _name in settings.LANGUAGES if code != "en"]
    for code in languages:
        translate(news, code)

    with django_assert_max_num_queries(len(one_language.captured_queries)):
        pages = list(affected_pages(news))

    urls = {page.url for page in pages}
    for code in ["en", *languages]:
        assert {f"/{code}/", f"/{code}/news/"} <= urls, code
    assert len(urls) == 3 * len(settings.LANGUAGES)
