"""A newcomer's first minutes with `make run` (load_demo's progress is tested with the
demo site: tests/demo_site/test_loader.py)."""

import importlib
import re
from pathlib import Path

import lxml.html
import pytest
from django.conf import settings
from django.utils import translation

from demo.loader import default_site

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = [code for code, _name in settings.LANGUAGES]


def test_the_demo_site_names_the_host_and_port_it_runs_on(client, tree, settings):
    settings.SITE_HOSTNAME = "127.0.0.1"
    settings.SITE_PORT = 8200
    default_site(tree.home, "SEMPRE")
    host = {"HTTP_HOST": "127.0.0.1:8200"}

    page = lxml.html.fromstring(client.get(tree.news.url, **host).content)
    canonical = page.xpath("//link[@rel='canonical']/@href")
    assert canonical == [f"http://127.0.0.1:8200{tree.news.url}"]
    sitemap = client.get("/sitemap.xml", **host).content.decode()
    assert "http://127.0.0.1:8200/en/" in sitemap
    assert "http://localhost" not in sitemap


def test_make_run_gives_the_demo_its_host_and_port():
    makefile = (ROOT / "Makefile").read_text()
    assert re.search(
        r"SITE_HOSTNAME=\$\(HOST\) SITE_PORT=\$\(PORT\) .*load_demo", makefile
    )
    assert "make run PORT=" in (ROOT / "README.md").read_text()


@pytest.mark.parametrize("language", LANGUAGES)
def test_under_make_run_a_missing_page_is_the_sites_own_404(
    client, tree, translate, settings, language
):
    dev = importlib.import_module("portal.settings.dev")
    assert "portal.middleware.SiteNotFoundMiddleware" in dev.MIDDLEWARE
    settings.DEBUG = True
    settings.MIDDLEWARE = dev.MIDDLEWARE
    if language != settings.LANGUAGE_CODE:
        translate(tree.home, language)

    response = client.get(f"/{language}/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "URLconf" not in html and "Request Method" not in html
    document = lxml.html.fromstring(html)
    assert document.get("lang") == language
    with translation.override(language):
        assert translation.gettext("Skip to main content") in html


def test_under_make_run_an_edited_template_shows_on_the_next_reload():
    """Kept fragments are forgotten when content changes, not when code does: while
    developing nothing is kept unless asked for (FRAGMENT_CACHE_SECONDS)."""
    dev = importlib.import_module("portal.settings.dev")
    if "FRAGMENT_CACHE_SECONDS" in dev.env:
        pytest.skip("FRAGMENT_CACHE_SECONDS is set in this environment")
    assert dev.FRAGMENT_CACHE_SECONDS == 0
