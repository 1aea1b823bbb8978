"""Playwright driving Debian's Chromium against pytest-django's live server.

The tests are skipped, with the reason, where /usr/bin/chromium is missing (``make test``
on a machine without it); CI installs it. axe-core comes from node_modules, installed at
the version package-lock.json pins by ``npm ci`` (``make test`` runs it).
"""

import os
from pathlib import Path
from types import SimpleNamespace

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import connections
from django.test.utils import setup_databases, teardown_databases
from playwright.sync_api import sync_playwright
from pytest_django.live_server_helper import LiveServer

from .site import build_site

CHROMIUM = Path("/usr/bin/chromium")
AXE = Path(__file__).resolve().parents[2] / "node_modules/axe-core/axe.min.js"
AXE_MISSING = f"{AXE} is missing: run `npm ci` (or `make test`)"
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
LAUNCH_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

# CI sets this: there a missing browser or axe-core is an error, not a skip.
REQUIRED = os.environ.get("PORTAL_REQUIRE_BROWSER") == "1"
# The database's name before pytest-django points the connection at the test database.
UNTESTED_NAME = settings.DATABASES["default"]["NAME"]


def pytest_collection_modifyitems(config, items):
    here = Path(__file__).parent
    mine = [item for item in items if here in item.path.parents]
    if mine and REQUIRED and not (CHROMIUM.exists() and AXE.exists()):
        raise pytest.UsageError(
            f"PORTAL_REQUIRE_BROWSER=1 but {CHROMIUM} or {AXE} is missing"
        )
    for item in mine:
        item.add_marker(pytest.mark.browser)
        if not CHROMIUM.exists():
            item.add_marker(
                pytest.mark.skip(
                    reason=f"{CHROMIUM} is missing (apt-get install chromium)"
                )
            )


@pytest.fixture(scope="session")
def django_db_setup(
    django_db_setup, django_db_blocker, django_db_keepdb, django_db_createdb
):
    """pytest-django's, and the test database when nothing else asked for it.

    pytest-django makes the test database for tests that ask for `db` (or mark
    `django_db`); the browser tests share committed rows instead, so run alone
    (`pytest tests/browser`) they would otherwise reach the development database.
    """
    if connections["default"].settings_dict["NAME"] != UNTESTED_NAME:
        yield
        return
    with django_db_blocker.unblock():
        config = setup_databases(
            verbosity=0,
            interactive=False,
            aliases={"default"},
            serialized_aliases={"default"},
            keepdb=django_db_keepdb and not django_db_createdb,
        )
    yield
    if not django_db_keepdb:
        with django_db_blocker.unblock():
            teardown_databases(config, verbosity=0)


@pytest.fixture(scope="session")
def chromium():
    # Playwright's sync API keeps an event loop running in this thread. Django then
    # refuses database queries here (the tests' queries are ordinary synchronous code,
    # hence DJANGO_ALLOW_ASYNC_UNSAFE), and asgiref keeps the database connections in
    # a context variable instead of the thread: the tests get new connection objects.
    # Those lack the snapshot that transactional tests with serialized_rollback restore
    # after each flush (Wagtail's locales, root page and collection), so it is handed
    # over; without it every browser test after the first, and any transactional test
    # after them, would start from an empty database.
    snapshots = {
        alias: connections[alias]._test_serialized_contents
        for alias in connections
        if hasattr(connections[alias], "_test_serialized_contents")
    }
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        for alias, contents in snapshots.items():
            connections[alias]._test_serialized_contents = contents
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=LAUNCH_ARGS
        )
        yield browser
        browser.close()
        # The connections opened while the loop ran; the test database is dropped
        # at the end, which PostgreSQL refuses while a connection is open.
        connections.close_all()
    if previous is None:
        del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]
    else:
        os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


CSP_REPORTER = """
document.addEventListener("securitypolicyviolation", (event) => {
    console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
});
"""


class Visit:
    """A browser page on the live server that records every request it makes."""

    def __init__(self, context, base_url, javascript=True):
        self.context = context
        self.javascript = javascript
        self.base_url = base_url
        self.page = context.new_page()
        self.requests = []
        self.page.on("request", lambda request: self.requests.append(request.url))
        # Content-Security-Policy violations, reported by the page to the console.
        self.csp_violations = []
        if javascript:
            self.page.add_init_script(CSP_REPORTER)
        self.page.on("console", self.record_csp_violation)

    def record_csp_violation(self, message):
        text = message.text
        if "Content Security Policy" in text or text.startswith("CSP violation"):
            self.csp_violations.append(f"{self.page.url}: {text}")

    def go(self, path):
        response = self.page.goto(self.base_url + path)
        self.page.wait_for_load_state("load")
        return response

    def resize(self, width, height=900):
        self.page.set_viewport_size({"width": width, "height": height})

    def axe(self):
        """axe-core's violations on the current page (WCAG 2.0/2.1 A and AA rules).

        Callers check ``AXE.exists()`` first, so that a missing axe-core leaves out
        the axe assertions only, never the other checks of a test.
        """
        assert AXE.exists(), AXE_MISSING
        # Evaluated by the browser's tools, not added as a <script>: the site's
        # Content-Security-Policy allows no inline script, rightly.
        if not self.page.evaluate("() => typeof axe !== 'undefined'"):
            self.page.evaluate(AXE.read_text())
        return self.page.evaluate(
            """() => axe.run(document, {
                runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]},
                resultTypes: ["violations"],
            }).then(r => r.violations.map(v => ({
                id: v.id, impact: v.impact, help: v.help,
                targets: v.nodes.slice(0, 5).map(n => n.target.join(" ")),
            })))"""
        )

    def sideways_overflow(self):
        """How many CSS pixels the page is wider than the window (0: no sideways scroll)."""
        return self.page.evaluate(
            "() => document.documentElement.scrollWidth - window.innerWidth"
        )

    def screenshot(self, name):
        """A full-page PNG in test-artifacts/screenshots/, lazy images loaded first."""
        if self.javascript:
            self.page.evaluate(
                "() => document.querySelectorAll('img[loading=lazy]')"
                ".forEach(img => { img.loading = 'eager'; })"
            )
            self.page.wait_for_function(
                "() => [...document.images].every(img => img.complete)", timeout=10_000
            )
        path = ARTIFACTS / "screenshots" / f"{name}.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        self.page.screenshot(path=str(path), full_page=True)
        return path


@pytest.fixture(scope="package")
def browser_site(django_db_setup, chromium, django_db_blocker):
    """The site the browser tests visit, built once for the package and served by one
    live server.

    Its pages are committed (the server's thread reads them) and shared by the
    package's tests, so a test changes them only where no other test looks. The
    package starts from the rows migrations make and leaves them as it found them,
    for the tests that run after it in the same process.
    """
    with django_db_blocker.unblock():
        connection = connections["default"]
        if not hasattr(connection, "_test_serialized_contents"):
            # Only kept when some test of the run asks for serialized rollbacks; run
            # alone, the browser tests keep the migrated rows themselves.
            connection._test_serialized_contents = (
                connection.creation.serialize_db_to_string()
            )
        restore_migrated_rows()
        pages = build_site()
        server = LiveServer("localhost")
        server._live_server_modified_settings.enable()
        try:
            yield SimpleNamespace(pages=pages, url=server.url)
        finally:
            server._live_server_modified_settings.disable()
            server.stop()
            restore_migrated_rows()


def restore_migrated_rows():
    """Empty every table, then put back the rows migrations made (locales, the root
    page, the root collection…), as Django's serialized_rollback does. Sequences go
    on: reset, the restored rows and the next new ones would want the same ids on
    PostgreSQL."""
    call_command(
        "flush",
        interactive=False,
        verbosity=0,
        inhibit_post_migrate=True,
        reset_sequences=False,
    )
    connection = connections["default"]
    connection.creation.deserialize_db_from_string(connection._test_serialized_contents)


@pytest.fixture
def pages(browser_site):
    return browser_site.pages


@pytest.fixture(autouse=True)
def database(django_db_blocker):
    """The tests read (and a few write) the shared site's committed rows directly."""
    with django_db_blocker.unblock():
        yield


@pytest.fixture
def visit(chromium, browser_site):
    context = chromium.new_context(
        viewport={"width": 1280, "height": 900}, locale="en-GB", accept_downloads=True
    )
    visit = Visit(context, browser_site.url)
    yield visit
    context.close()
    # Every page a browser test opens, the site's and the admin's, keeps to the
    # Content-Security-Policy it was sent with.
    assert visit.csp_violations == []


@pytest.fixture
def visit_without_js(chromium, browser_site):
    """A phone-sized browser with JavaScript switched off."""
    context = chromium.new_context(
        viewport={"width": 375, "height": 800},
        locale="en-GB",
        java_script_enabled=False,
    )
    visit = Visit(context, browser_site.url, javascript=False)
    yield visit
    context.close()
    assert visit.csp_violations == []
