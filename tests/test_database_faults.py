"""Database faults: unreachable, it is a 503 with Retry-After and a static page in the
visitor's language (JSON for the API); after a restart, no request fails."""

import os
import sqlite3
import subprocess
import sys

import psycopg
import pytest
from django.conf import settings
from django.db import OperationalError, close_old_connections, connection
from django.db.utils import DatabaseErrorWrapper

from portal.errors import database_unreachable
from tests.servers import fetch, free_port, server_connection, wait_for_port

LANGUAGES = [code for code, _name in settings.LANGUAGES]


@pytest.fixture(scope="module")
def server_without_database():
    """gunicorn with the site's settings and a database on a port nobody listens on."""
    closed, port = free_port(), free_port()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.test",
        "DATABASE_URL": f"postgres://postgres@127.0.0.1:{closed}/portal",
    }
    gunicorn = os.path.join(os.path.dirname(sys.executable), "gunicorn")
    process = subprocess.Popen(  # noqa: S603
        [gunicorn, "portal.wsgi:application", "--bind", f"127.0.0.1:{port}"],
        cwd=settings.BASE_DIR,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    wait_for_port(port, seconds=30)
    yield f"http://127.0.0.1:{port}"
    process.terminate()
    process.wait(timeout=20)


@pytest.mark.parametrize("code", LANGUAGES)
def test_an_unreachable_database_is_a_503_in_the_visitors_language(
    server_without_database, code
):
    status, headers, html = fetch(f"{server_without_database}/{code}/news/")

    assert status == 503
    assert headers["Retry-After"] == "30"
    assert f'<html lang="{code}">' in html
    assert headers["Content-Language"] == code


def test_an_unreachable_database_is_a_503_in_json_for_the_api(server_without_database):
    status, headers, body = fetch(f"{server_without_database}/api/v2/pages/")

    assert status == 503
    assert headers["Retry-After"] == "30"
    assert headers["Content-Type"] == "application/json"
    assert "unreachable" in body


def test_connections_are_checked_before_use():
    assert settings.DATABASES["default"]["CONN_HEALTH_CHECKS"] is True


@pytest.mark.skipif(
    not settings.DATABASES["default"]["ENGINE"].endswith("postgresql"),
    reason="a server connection to end: PostgreSQL",
)
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_no_request_fails_after_the_database_ends_the_connection(client, home_page):
    """The server ends the site's connection (as in a restart); the next request gets
    a new one instead of a 500, because of CONN_HEALTH_CHECKS."""
    settings_dict = connection.settings_dict
    kept = settings_dict["CONN_MAX_AGE"], settings_dict["CONN_HEALTH_CHECKS"]
    settings_dict["CONN_MAX_AGE"] = 600
    settings_dict["CONN_HEALTH_CHECKS"] = settings.DATABASES["default"][
        "CONN_HEALTH_CHECKS"
    ]
    connection.close()  # the next connection is made with these settings
    try:
        assert client.get("/en/").status_code == 200
        connection.ensure_connection()
        pid = connection.connection.info.backend_pid
        with server_connection(settings_dict["NAME"]) as admin:
            admin.execute("SELECT pg_terminate_backend(%s)", [pid])
        # What a server does as a request starts (Django's test client leaves it out).
        close_old_connections()

        assert client.get("/en/").status_code == 200
    finally:
        settings_dict["CONN_MAX_AGE"], settings_dict["CONN_HEALTH_CHECKS"] = kept
        connection.close()


def wrapped(call):
    """The error Django raises for the driver's error in call()."""
    try:
        with DatabaseErrorWrapper(connection):
            call()
    except OperationalError as error:
        return error
    raise AssertionError("no error")


@pytest.mark.skipif(connection.vendor != "postgresql", reason="psycopg's errors")
def test_a_refused_connection_is_unreachable_and_a_query_timeout_is_not():
    """Told apart by the driver's error, not its words: no server (no SQLSTATE) is a
    503; a query the server cancelled (57014) stays a 500."""

    def refused():
        psycopg.connect(host="127.0.0.1", port=free_port(), connect_timeout=2)

    def cancelled():
        with server_connection() as server:
            server.execute("SET statement_timeout = 1")
            server.execute("SELECT pg_sleep(1)")

    assert database_unreachable(wrapped(refused))
    error = wrapped(cancelled)
    assert error.__cause__.sqlstate == "57014"
    assert not database_unreachable(error)


@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's errors")
def test_a_database_file_that_cannot_be_opened_is_unreachable(tmp_path):
    def cannot_open():
        sqlite3.connect(tmp_path / "no-such-folder" / "portal.sqlite3")

    def bad_query():
        sqlite3.connect(":memory:").execute("SELECT * FROM no_such_table")

    assert database_unreachable(wrapped(cannot_open))
    assert not database_unreachable(wrapped(bad_query))
