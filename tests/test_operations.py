"""What operators watch: /health/, logs on stdout as JSON lines, errors sent to Sentry
when SENTRY_DSN is set."""

import asyncio
import gzip
import json
import threading
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest

from tests.servers import fetch, run_python
from tests.test_database_faults import server_without_database  # noqa: F401

pytestmark = pytest.mark.django_db

STRONG_KEY = "k3y-for-the-operations-tests-" + "abcdefghijklmnopqrstuvwxyz0123456789"


def checks(response):
    return json.loads(response.content)


def test_health_checks_the_database_caches_and_storage(client):
    response = client.get("/health/", HTTP_ACCEPT="application/json")
    assert response.status_code == 200
    results = checks(response)
    assert set(results.values()) == {"OK"}
    names = " ".join(results)
    for check in (
        "Database",
        "Cache(alias='default')",
        "Cache(alias='renditions')",
        "Cache(alias='template_fragments')",
        "Storage",
    ):
        assert check in names
    assert "no-cache" in response["Cache-Control"]
    assert client.get("/health/", HTTP_ACCEPT="text/plain").status_code == 200
    # Other methods: 405, not the checks (OPTIONS says what is allowed).
    assert client.post("/health/").status_code == 405
    assert client.options("/health/").status_code == 200


def test_health_runs_in_a_thread_that_has_an_event_loop(client):
    """As where Playwright's sync API keeps one running (the browser tests)."""

    async def inside_a_loop():
        return client.get("/health/?format=json")

    # A thread of its own, so that its loop is the only one (this worker's main thread
    # may hold Playwright's).
    with ThreadPoolExecutor(max_workers=1) as executor:
        response = executor.submit(asyncio.run, inside_a_loop()).result()
    assert response.status_code == 200


def test_health_is_a_503_when_the_media_storage_cannot_be_written(
    client, settings, tmp_path
):
    # A media folder inside a file: nobody, root included, can create it.
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    settings.MEDIA_ROOT = str(blocker / "media")
    response = client.get("/health/?format=json")
    assert response.status_code == 503
    results = checks(response)
    failing = [name for name, result in results.items() if result != "OK"]
    assert len(failing) == 1
    assert failing[0].startswith("Storage")


def test_health_is_a_503_when_the_database_is_unreachable(server_without_database):  # noqa: F811
    status, _headers, body = fetch(f"{server_without_database}/health/?format=json")
    assert status == 503
    results = json.loads(body)
    failing = [name for name, result in results.items() if result != "OK"]
    assert failing == ["Database(alias='default')"]


def test_production_logs_json_lines_on_stdout():
    # The second record is the one Django's handler writes for a 4xx answer.
    script = (
        "import django, logging; django.setup()\n"
        "from django.http import HttpResponseNotFound\n"
        "from django.test import RequestFactory\n"
        "from django.utils.log import log_response\n"
        "logging.getLogger('portal').warning('disk %s full', 'media', extra={'free_mb': 3})\n"
        "request = RequestFactory().get('/en/no-such-page/')\n"
        "log_response('Not Found: %s', request.path, request=request,\n"
        "             response=HttpResponseNotFound())\n"
    )
    result = run_python(
        script,
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        SECRET_KEY=STRONG_KEY,
        SECURE_SSL_REDIRECT="false",
        ALLOWED_HOSTS="testserver",
        LOG_FORMAT="",
    )
    lines = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    warning = next(line for line in lines if line["logger"] == "portal")
    assert warning["level"] == "WARNING"
    assert warning["message"] == "disk media full"
    assert warning["free_mb"] == 3
    assert warning["time"].endswith("+00:00")
    not_found = next(line for line in lines if line["logger"] == "django.request")
    assert not_found["path"] == "/en/no-such-page/"
    assert not_found["method"] == "GET"
    assert not_found["status_code"] == 404
    assert result.stderr == ""


def test_development_logs_plain_lines():
    result = run_python(
        "import django, logging; django.setup(); "
        "logging.getLogger('portal').warning('plain')",
        DJANGO_SETTINGS_MODULE="portal.settings.dev",
    )
    assert result.stdout.strip().endswith("WARNING portal: plain")


class Collector(BaseHTTPRequestHandler):
    """A stand-in Sentry server on this machine: keeps what it is sent."""

    received = []

    def do_POST(self):  # noqa: N802 (http.server's name)
        body = self.rfile.read(int(self.headers["Content-Length"]))
        if self.headers.get("Content-Encoding") == "gzip":
            body = gzip.decompress(body)
        Collector.received.append((self.path, body.decode("utf-8", "replace")))
        self.send_response(200)
        self.end_headers()
        self.wfile.write(b"{}")

    def log_message(self, *args):
        pass


def test_errors_are_reported_to_sentry_when_a_dsn_is_set():
    server = HTTPServer(("127.0.0.1", 0), Collector)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    Collector.received.clear()
    port = server.server_address[1]
    script = (
        "import django; django.setup()\n"
        "import sentry_sdk\n"
        "from django.test import Client, override_settings\n"
        "with override_settings(ROOT_URLCONF='tests.failing_urls'):\n"
        "    response = Client(raise_request_exception=False).get('/fails/')\n"
        "print(response.status_code)\n"
        "sentry_sdk.flush(timeout=10)\n"
    )
    try:
        result = run_python(
            script,
            DJANGO_SETTINGS_MODULE="portal.settings.test",
            SENTRY_DSN=f"http://public@127.0.0.1:{port}/42",
            SENTRY_ENVIRONMENT="drill",
        )
    finally:
        server.shutdown()
    assert result.stdout.split()[-1] == "500"
    events = [body for path, body in Collector.received if path.startswith("/api/42/")]
    assert any("SentryDrillError" in body for body in events), Collector.received
    event = next(body for body in events if "SentryDrillError" in body)
    assert '"environment":"drill"' in event.replace(" ", "")
    # No personal data: no cookie, no address.
    assert "REMOTE_ADDR" not in event
    assert "127.0.0.1" not in event.split("/api/")[0]
