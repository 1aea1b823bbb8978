"""`make test-quick`'s kept test database (the root conftest.py): reused by the next
run, left with the rows migrations made, and made anew after a run that did not end.

On the database the suite runs on (SQLite in `make test`, PostgreSQL in CI), in
pytest runs of its own with --reuse-db."""

import os
import sqlite3
import subprocess
import sys
import uuid
from pathlib import Path

import psycopg
import pytest
from django.db import connection

ROOT = Path(__file__).resolve().parents[1]
PROBE = "tests/kept_db_probe.py"


class SQLite:
    vendor = "sqlite"

    def __init__(self, tmp_path):
        self.url = f"sqlite:///{tmp_path / 'portal.sqlite3'}"
        self.file = tmp_path / "kept" / "default.sqlite3"

    def execute(self, sql, params=()):
        with sqlite3.connect(self.file) as database:
            return list(database.execute(sql, params))

    def has_table(self, name):
        return bool(self.execute("SELECT 1 FROM sqlite_master WHERE name = ?", [name]))

    def empty_locales(self):
        self.execute("DELETE FROM wagtailcore_locale")

    def drop(self):
        pass


class PostgreSQL:
    vendor = "postgresql"

    def __init__(self, tmp_path):
        settings = connection.settings_dict
        self.server = {
            key: settings[name]
            for key, name in (("host", "HOST"), ("port", "PORT"), ("user", "USER"))
            if settings[name]
        }
        if settings["PASSWORD"]:
            self.server["password"] = settings["PASSWORD"]
        name = f"portal_kept_{uuid.uuid4().hex[:8]}"
        self.test_name = f"test_{name}"
        host = self.server.get("host", "localhost")
        port = self.server.get("port", 5432)
        self.url = f"postgres://{self.server.get('user', '')}@{host}:{port}/{name}"
        if "password" in self.server:
            self.url = self.url.replace("@", f":{self.server['password']}@", 1)

    def execute(self, sql, params=()):
        with psycopg.connect(dbname=self.test_name, **self.server) as database:
            cursor = database.execute(sql, params)
            return cursor.fetchall() if cursor.description else []

    def has_table(self, name):
        query = "SELECT 1 FROM information_schema.tables WHERE table_name = %s"
        return bool(self.execute(query, [name]))

    def empty_locales(self):
        self.execute("TRUNCATE wagtailcore_locale CASCADE")

    def drop(self):
        with psycopg.connect(
            dbname="postgres", autocommit=True, **self.server
        ) as database:
            database.execute(f'DROP DATABASE IF EXISTS "{self.test_name}" WITH (FORCE)')


def backends():
    """The database the suite runs on: each costs about a minute."""
    for backend in (SQLite, PostgreSQL):
        yield pytest.param(
            backend,
            id=backend.vendor,
            marks=pytest.mark.skipif(
                connection.vendor != backend.vendor,
                reason=f"the suite runs on {connection.vendor}",
            ),
        )


@pytest.mark.slow
@pytest.mark.parametrize("backend", list(backends()))
def test_a_kept_test_database_is_reused_left_clean_and_made_anew_when_not(
    tmp_path, backend
):
    kept = tmp_path / "kept"
    database = backend(tmp_path)
    env = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith(("COV_CORE", "COVERAGE_", "PYTEST_"))
    }
    env |= {"DATABASE_URL": database.url, "PORTAL_TEST_DB_DIR": str(kept)}

    def run():
        done = subprocess.run(  # noqa: S603 - our own interpreter and tests
            [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q"]
            + ["--reuse-db", "-p", "no:xdist", PROBE],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=600,
        )
        assert done.returncode == 0, done.stdout + done.stderr

    try:
        run()
        # Something Django would not keep if it made the database anew.
        database.execute("CREATE TABLE kept_probe (id INTEGER)")
        assert list(kept.glob("*.clean"))

        run()  # its transactional test found the rows the first run's emptied

        assert database.has_table("kept_probe")

        # A run killed before its end: no mark, and the tables emptied.
        for mark in kept.glob("*.clean"):
            mark.unlink()
        database.empty_locales()

        run()

        assert not database.has_table("kept_probe")
        assert list(kept.glob("*.clean"))
    finally:
        database.drop()
