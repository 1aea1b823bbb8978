"""What the tests that start real servers and processes share: a free port, waiting
for a server, fetching from it, a Python process with the site's settings, and a
connection to the database server itself."""

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request

import psycopg
from django.conf import settings
from django.db import connection


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for_port(port, process=None, seconds=30):
    """Wait until something listens on the port; fail with the process's stderr if it
    ended instead."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            if process is not None and process.poll() is not None:
                error = process.stderr.read().decode() if process.stderr else ""
                raise AssertionError(f"the server ended: {error}") from None
            time.sleep(0.05)
    raise AssertionError(f"nothing listens on port {port}")


def fetch(url, text=True, **headers):
    """(status, headers, body) of a GET, errors included; the body decoded unless
    text=False."""
    request = urllib.request.Request(url, headers=headers)  # noqa: S310 (local)
    try:
        with urllib.request.urlopen(request, timeout=20) as response:  # noqa: S310
            status, answer, body = response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        status, answer, body = error.code, error.headers, error.read()
    return status, dict(answer), body.decode() if text else body


def run_python(script, **env):
    """Run a Python script with the site's test settings (or those env names) in a
    process of its own, as another server or a fresh start would."""
    return subprocess.run(  # noqa: S603 (this Python, the test's own script)
        [sys.executable, "-c", script],
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "portal.settings.test", **env},
        capture_output=True,
        text=True,
        check=True,
        cwd=settings.BASE_DIR,
        timeout=120,
    )


def server_connection(dbname="postgres"):
    """An autocommit connection to the PostgreSQL server the tests use."""
    settings_dict = connection.settings_dict
    return psycopg.connect(
        host=settings_dict["HOST"] or "127.0.0.1",
        port=settings_dict["PORT"] or 5432,
        user=settings_dict["USER"],
        dbname=dbname,
        autocommit=True,
    )
