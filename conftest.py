"""A test database kept between runs (``--reuse-db``, as ``make test-quick`` runs).

pytest-django keeps the database with ``--reuse-db``; two things make that safe here:

- **SQLite** makes its test database in memory, where nothing can be kept, so with
  ``--reuse-db`` it is a file in ``.test-db/`` (``PORTAL_TEST_DB_DIR``) instead.
- **A run leaves it as it found it.** Transactional tests empty the tables when they
  end (the rows migrations made come back from Django's snapshot only for the next
  test that asks), so a kept database would start the next run without its locales,
  root page and permissions. At the end of a run the tables are emptied and the
  snapshot taken at its start is restored, and a mark says the database is clean. A
  run that finds no mark (the first, or one after a run that was killed) makes the
  database anew, as ``--create-db`` does.

In a conftest.py of the root, so that it applies once to every test package.
"""

import os
from pathlib import Path

import pytest
from django.apps import apps
from django.core.management import call_command
from django.core.management.color import no_style
from django.db import connections

KEPT = Path(os.environ.get("PORTAL_TEST_DB_DIR") or Path(__file__).parent / ".test-db")


@pytest.fixture(scope="session")
def kept_databases(django_db_keepdb, django_db_modify_db_settings):
    """{alias: (its test database's name, the file that says it was left clean)}."""
    if not django_db_keepdb:
        return {}
    kept = {}
    for connection in connections.all(initialized_only=False):
        name = connection.creation._get_test_db_name()
        kept[connection.alias] = (name, KEPT / f"{Path(str(name)).name}.clean")
    return kept


@pytest.fixture(scope="session")
def django_db_modify_db_settings(request, django_db_keepdb):
    if django_db_keepdb:
        for connection in connections.all(initialized_only=False):
            test = connection.settings_dict.setdefault("TEST", {})
            if connection.vendor == "sqlite" and not test.get("NAME"):
                KEPT.mkdir(parents=True, exist_ok=True)
                test["NAME"] = str(KEPT / f"{connection.alias}.sqlite3")
    # Then pytest-django's: a suffix per xdist worker (…_gw0).
    request.getfixturevalue("django_db_modify_db_settings_parallel_suffix")


@pytest.fixture(scope="session")
def django_db_createdb(request, kept_databases):
    """--create-db, or a kept database that was not left clean."""
    create = request.config.getvalue("create_db")
    return create or not all(mark.exists() for _name, mark in kept_databases.values())


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker, kept_databases):
    snapshots, was_clean = {}, set()
    with django_db_blocker.unblock():
        for alias, (name, mark) in kept_databases.items():
            connection = connections[alias]
            if connection.settings_dict["NAME"] == name:  # set up for this run
                # Django's, where a test asked for serialized_rollback; else ours.
                snapshots[alias] = (
                    getattr(connection, "_test_serialized_contents", None)
                    or connection.creation.serialize_db_to_string()
                )
            if mark.exists():
                was_clean.add(alias)
            # Not clean while tests run: a run killed before its end leaves no mark.
            mark.unlink(missing_ok=True)
            mark.parent.mkdir(parents=True, exist_ok=True)
    yield
    with django_db_blocker.unblock():
        for alias, (_name, mark) in kept_databases.items():
            connection = connections[alias]
            # Or made later by the browser tests' set-up (tests/browser/conftest.py).
            snapshot = snapshots.get(alias) or getattr(
                connection, "_test_serialized_contents", None
            )
            if snapshot is None:  # this run used no test database: it is as it was
                if alias in was_clean:
                    mark.touch()
                continue
            call_command(
                "flush",
                database=alias,
                interactive=False,
                verbosity=0,
                inhibit_post_migrate=True,
            )
            connection.creation.deserialize_db_from_string(snapshot)
            # As loaddata does: the sequences go on after the restored rows' ids.
            models = apps.get_models(include_auto_created=True)
            with connection.cursor() as cursor:
                for sql in connection.ops.sequence_reset_sql(no_style(), models):
                    cursor.execute(sql)
            mark.touch()
