"""The project's Varnish configuration (deploy/varnish/default.vcl) in front of the site,
purged by discovery/frontend_cache.py: what every anonymous visitor gets alike is
served from the cache; a publish, an unpublish or a move shows at once, on the page,
its listing in every language, the home pages, feeds, sitemap and API. Runs a real
varnishd (Debian's package; CI installs it and sets PORTAL_REQUIRE_VARNISH=1)."""

import datetime
import http.client
import os
import shutil
import subprocess
import urllib.error
import urllib.request

import pytest
from django.conf import settings

from news.tests.factories import EventPageFactory, NewsPageFactory
from tests import servers
from tests.servers import free_port, wait_for_port

VARNISHD = shutil.which("varnishd") or "/usr/sbin/varnishd"
REQUIRED = os.environ.get("PORTAL_REQUIRE_VARNISH") == "1"
VCL = settings.BASE_DIR / "deploy" / "varnish" / "default.vcl"

pytestmark = [
    pytest.mark.skipif(
        not os.path.exists(VARNISHD) and not REQUIRED,
        reason="varnishd is not installed",
    ),
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def varnish(live_server, settings, tmp_path):
    """varnishd with the project's VCL, its backend the live server; the site purges it."""
    assert os.path.exists(VARNISHD), (
        f"PORTAL_REQUIRE_VARNISH=1 but {VARNISHD} is missing"
    )
    backend_port = live_server.url.rsplit(":", 1)[1]
    vcl = VCL.read_text().replace('.port = "8000";', f'.port = "{backend_port}";')
    assert f'.port = "{backend_port}";' in vcl
    (tmp_path / "default.vcl").write_text(vcl)
    port = free_port()
    process = subprocess.Popen(  # noqa: S603 (Debian's varnishd, the project's VCL)
        [
            VARNISHD,
            "-F",
            "-j",
            "none",
            "-n",
            str(tmp_path / "varnish"),
            "-a",
            f"127.0.0.1:{port}",
            "-f",
            str(tmp_path / "default.vcl"),
            "-s",
            "malloc,64m",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    wait_for_port(port, process)
    base = f"http://127.0.0.1:{port}"
    settings.WAGTAILFRONTENDCACHE = {
        "varnish": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": base,
        }
    }
    # The purge names the site's host, the tests ask under 127.0.0.1: the VCL purges
    # a path whatever the host.
    yield base
    process.terminate()
    process.wait(timeout=10)


def fetch(base, path, **headers):
    return servers.fetch(base + path, **headers)


def cached(base, path, **headers):
    """Ask twice; return the second answer (a hit when the page may be cached)."""
    fetch(base, path, **headers)
    return fetch(base, path, **headers)


def test_anonymous_pages_are_served_from_the_cache_and_the_rest_passes(varnish, tree):
    news = NewsPageFactory(parent=tree.news, title="Study trip to Rucava")
    for path in (
        tree.home.url,
        tree.news.url,
        news.url,
        "/en/feeds/news.rss",
        "/sitemap.xml",
        "/api/v2/pages/",
    ):
        status, headers, _body = cached(varnish, path)
        assert status == 200, path
        assert headers["X-Cache"] == "hit", path
    # Personal or counted: never from the cache.
    for path, headers in (
        ("/admin/login/", {}),
        (news.url, {"Cookie": "sessionid=abc"}),
        ("/health/", {}),
    ):
        _status, answer, _body = cached(varnish, path, **headers)
        assert answer["X-Cache"] == "miss", path


def test_a_publish_shows_at_once_everywhere_it_appears(varnish, tree, translate):
    german_news = translate(tree.news, "de")
    translate(tree.home, "de")
    news = NewsPageFactory(
        parent=tree.news, title="Study trip to Rucava", date=datetime.date(2018, 5, 3)
    )
    shows_the_title = [
        news.url,
        tree.news.url,
        f"{tree.news.url}?year=2018",
        german_news.url,  # shows the English item as a fallback
        "/en/feeds/news.rss",
        "/de/feeds/news.atom",
        "/api/v2/pages/?type=news.NewsPage&fields=title",
        f"/api/v2/pages/{news.pk}/",
    ]
    also_purged = [tree.home.url, "/de/", "/sitemap.xml"]
    for path in shows_the_title + also_purged:
        status, headers, body = cached(varnish, path)
        assert (status, headers["X-Cache"]) == (200, "hit"), path
        if path in shows_the_title:
            assert "Study trip to Rucava" in body, path

    news.title = "Study trip to Rucava and Liepāja"
    news.save_revision().publish()

    for path in shows_the_title + also_purged:
        status, headers, body = fetch(varnish, path)
        assert (status, headers["X-Cache"]) == (200, "miss"), f"{path} was not purged"
        if path in shows_the_title:
            assert "Rucava and Liep" in body, path


def test_a_publish_purges_the_calendar_files(varnish, tree, translate):
    """An event's calendar file and its language's calendar of every event are
    paths below their pages (get_cached_paths): a publish purges them too."""
    event = EventPageFactory(
        parent=tree.events,
        title="Partner meeting in Vaasa",
        start_date=datetime.date(2017, 9, 12),
    )
    german_events = translate(tree.events, "de")
    calendars = [
        f"{event.url}ics/",
        f"{tree.events.url}ics/",
        f"{german_events.url}ics/",
    ]
    for path in calendars:
        status, headers, body = cached(varnish, path)
        assert (status, headers["X-Cache"]) == (200, "hit"), path
        assert "Partner meeting in Vaasa" in body, path

    event.title = "Partner meeting and study visit in Vaasa"
    event.save_revision().publish()

    for path in calendars:
        status, headers, body = fetch(varnish, path)
        assert (status, headers["X-Cache"]) == (200, "miss"), f"{path} was not purged"
        assert "study visit in Vaasa" in body, path


def test_a_publish_purges_the_later_pages_of_a_list(varnish, tree, settings):
    """A listing's later pages have addresses of their own (<list>/page/2/): the
    purge of the list takes them too."""
    settings.PORTAL_PAGE_SIZE = 1
    older = NewsPageFactory(
        parent=tree.news, title="Kick-off in Rendsburg", date=datetime.date(2016, 3, 15)
    )
    NewsPageFactory(
        parent=tree.news, title="Final conference", date=datetime.date(2018, 11, 27)
    )
    second = f"{tree.news.url}page/2/"
    _status, headers, body = cached(varnish, second)
    assert headers["X-Cache"] == "hit" and "Kick-off in Rendsburg" in body

    older.title = "Kick-off meeting in Rendsburg"
    older.save_revision().publish()

    status, headers, body = fetch(varnish, second)
    assert (status, headers["X-Cache"]) == (200, "miss")
    assert "Kick-off meeting in Rendsburg" in body


def test_an_unpublished_page_leaves_the_cache_and_its_listing(varnish, tree):
    news = NewsPageFactory(parent=tree.news, title="Final conference")
    assert cached(varnish, news.url)[1]["X-Cache"] == "hit"
    assert "Final conference" in cached(varnish, tree.news.url)[2]

    news.unpublish()

    assert fetch(varnish, news.url)[0] == 404
    assert "Final conference" not in fetch(varnish, tree.news.url)[2]


def test_a_deleted_page_leaves_the_cache_and_its_listing(varnish, tree):
    news = NewsPageFactory(parent=tree.news, title="Cancelled workshop")
    url = news.url
    assert cached(varnish, url)[1]["X-Cache"] == "hit"
    assert "Cancelled workshop" in cached(varnish, tree.news.url)[2]

    news.delete()

    assert fetch(varnish, url)[0] == 404
    assert "Cancelled workshop" not in fetch(varnish, tree.news.url)[2]


def test_a_moved_page_leaves_its_old_address(varnish, tree):
    news = NewsPageFactory(parent=tree.news, title="Moving story", slug="moving-story")
    old = news.url
    assert cached(varnish, old)[1]["X-Cache"] == "hit"

    news.move(tree.home, pos="last-child")

    # The old address is purged: it now redirects (Wagtail made a redirect for it).
    host, port = varnish.removeprefix("http://").split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=20)
    connection.request("GET", old)
    answer = connection.getresponse()
    assert answer.status == 301
    assert answer.getheader("Location").endswith("/en/moving-story/")
    connection.close()
    status, _headers, body = fetch(varnish, "/en/moving-story/")
    assert status == 200
    assert "Moving story" in body


def test_only_this_machine_may_purge(varnish):
    # The VCL's purgers are the app servers on this machine; the test is one, so a
    # purge is accepted here and the ACL is read from the file.
    request = urllib.request.Request(varnish + "/en/", method="PURGE")  # noqa: S310
    with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310
        assert response.status == 200
    assert 'acl purgers {\n    "127.0.0.1";\n    "::1";\n}' in VCL.read_text()
