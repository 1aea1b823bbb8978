"""`make test-quick`'s kept test database (the root conftest.py): reused by the next
run, left with the rows migrations made, and made anew after a run that did not end."""

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PROBE = "tests/kept_db_probe.py"


@pytest.mark.slow
def test_a_kept_test_database_is_reused_left_clean_and_made_anew_when_not(tmp_path):
    kept = tmp_path / "kept"
    env = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith(("COV_CORE", "COVERAGE_", "PYTEST_"))
    }
    env |= {
        "DATABASE_URL": f"sqlite:///{tmp_path / 'portal.sqlite3'}",
        "PORTAL_TEST_DB_DIR": str(kept),
    }

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

    def tables():
        with sqlite3.connect(kept / "default.sqlite3") as database:
            query = "SELECT name FROM sqlite_master WHERE type = 'table'"
            return {name for (name,) in database.execute(query)}

    run()
    # Something Django would not keep if it made the database anew.
    with sqlite3.connect(kept / "default.sqlite3") as database:
        database.execute("CREATE TABLE kept_probe (id INTEGER)")
    assert list(kept.glob("*.clean"))

    run()  # its transactional test found the rows the first run's emptied

    assert "kept_probe" in tables()

    # A run killed before its end: no mark, and the tables emptied.
    for mark in kept.glob("*.clean"):
        mark.unlink()
    with sqlite3.connect(kept / "default.sqlite3") as database:
        database.execute("DELETE FROM wagtailcore_locale")

    run()

    assert "kept_probe" not in tables()
    assert list(kept.glob("*.clean"))
