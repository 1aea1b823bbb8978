"""The demo site as a static archive (export_static), served by a plain static file
server: every page reachable without a broken link, nothing asked of another host,
every document the same bytes as the original, and in Chromium a search in each of
the nine languages that finds the right page (Pagefind's index of that language)."""

import re
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.error import HTTPError
from urllib.parse import urljoin, urlsplit
from urllib.request import urlopen

import lxml.html
import pytest
from django.conf import settings
from wagtail.models import Locale

from discovery.static_export import StaticExport
from resources.models import OutputFile, OutputPage

pytestmark = [pytest.mark.django_db, pytest.mark.slow]

CHROMIUM = Path("/usr/bin/chromium")
LANGUAGES = [code for code, _name in settings.LANGUAGES]


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def archive(demo, django_db_blocker, tmp_path_factory):
    """The demo exported, and served by Python's own static file server."""
    out = tmp_path_factory.mktemp("archive")
    with django_db_blocker.unblock():
        report = StaticExport(out).run()
        originals = {}
        for file in OutputFile.objects.filter(page__live=True).select_related(
            "document"
        ):
            with file.document.file.open("rb") as data:
                originals[file.document.url] = data.read()
        # A word of the policy recommendations' title in each language, and where
        # the page is: the search must find it.
        policy = OutputPage.objects.live().get(
            locale__language_code=settings.LANGUAGE_CODE,
            output_type="policy_recommendations",
        )
        searches = {}
        for code in LANGUAGES:
            page = policy.get_translation(Locale.objects.get(language_code=code))
            words = re.findall(r"\w{6,}", page.title)
            searches[code] = (max(words, key=len), page.url)
    server = ThreadingHTTPServer(
        ("127.0.0.1", 0), partial(QuietHandler, directory=str(out))
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield {
        "url": f"http://127.0.0.1:{server.server_port}",
        "report": report,
        "originals": originals,
        "searches": searches,
    }
    server.shutdown()


def fetch(url):
    try:
        with urlopen(url, timeout=10) as response:  # noqa: S310 (our own server)
            return response.status, response.headers.get_content_type(), response.read()
    except HTTPError as error:
        return error.code, "", b""


def test_the_export_reports_no_broken_link(archive):
    report = archive["report"]
    assert report["broken"] == {}
    assert report["pages"] > 300


def test_every_page_is_reachable_with_no_broken_link_and_no_other_host(archive):
    base = archive["url"]
    host = urlsplit(base).netloc
    queue, seen, broken, foreign = ["/"], {"/"}, [], set()
    while queue:
        path = queue.pop()
        status, kind, body = fetch(base + path)
        if status != 200:
            broken.append((path, status))
            continue
        if kind != "text/html":
            continue
        document = lxml.html.fromstring(body)
        for element in document.iter():
            for attribute in ("href", "src", "srcset", "action"):
                value = element.get(attribute)
                if not value:
                    continue
                for link in (
                    [v.split()[0] for v in value.split(",") if v.strip()]
                    if attribute == "srcset"
                    else [value]
                ):
                    parts = urlsplit(urljoin(base + path, link))
                    if parts.scheme not in ("http", "https"):
                        continue
                    if parts.netloc != host:
                        # Links to other sites are fine; loading from them is not.
                        loads = attribute in ("src", "srcset") or (
                            element.tag == "link"
                            and element.get("rel") in ("stylesheet", "icon", "preload")
                        )
                        if loads:
                            foreign.add(link)
                        continue
                    if parts.path not in seen:
                        seen.add(parts.path)
                        queue.append(parts.path)
    assert broken == []
    assert foreign == set()
    assert len(seen) > 500


def test_every_document_is_the_original_file(archive):
    assert archive["originals"]
    for url, original in archive["originals"].items():
        status, _kind, body = fetch(archive["url"] + url)
        assert status == 200, url
        assert body == original, url


@pytest.mark.skipif(not CHROMIUM.exists(), reason=f"{CHROMIUM} is missing")
def test_a_search_in_each_language_finds_the_page(archive):
    from playwright.sync_api import sync_playwright

    base = archive["url"]
    host = urlsplit(base).netloc
    requested = []
    found = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=["--headless", "--no-sandbox"]
        )
        page = browser.new_page()
        page.on("request", lambda request: requested.append(request.url))
        for code, (word, url) in archive["searches"].items():
            page.goto(f"{base}/{code}/search/?q={word}")
            page.wait_for_selector("[data-results] li a, [data-status]:not(:empty)")
            page.wait_for_function(
                "document.querySelector('[data-status]').textContent.length > 0"
            )
            links = page.eval_on_selector_all(
                "[data-results] li a", "links => links.map(a => a.getAttribute('href'))"
            )
            found[code] = (word, url in links, links[:5])
        browser.close()
    assert {code: hit for code, (_w, hit, _l) in found.items()} == dict.fromkeys(
        LANGUAGES, True
    ), found
    assert [url for url in requested if urlsplit(url).netloc != host] == []
