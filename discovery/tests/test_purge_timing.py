"""The frontend cache is purged once a publish is committed, not before: a visit
between the two would put the old page back in the cache."""

import logging

import pytest
from wagtail.contrib.frontend_cache.backends import HTTPBackend

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
