"""gunicorn's settings come from the environment (deploy/gunicorn.conf.py)."""

import os
import subprocess
import sys
from pathlib import Path

from django.conf import settings

CONFIG = settings.BASE_DIR / "deploy" / "gunicorn.conf.py"
GUNICORN = Path(sys.executable).parent / "gunicorn"


def resolved(**env):
    output = subprocess.run(  # noqa: S603 (the project's gunicorn, its own config)
        [GUNICORN, "--print-config", "-c", str(CONFIG), "portal.wsgi:application"],
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "portal.settings.test", **env},
        capture_output=True,
        text=True,
        check=True,
        cwd=settings.BASE_DIR,
    ).stdout
    values = {}
    for line in output.splitlines():
        name, _equals, value = line.partition("=")
        values[name.strip()] = value.strip()
    return values


def test_workers_threads_and_timeout_come_from_the_environment():
    config = resolved(
        GUNICORN_WORKERS="3",
        GUNICORN_THREADS="4",
        GUNICORN_TIMEOUT="45",
        GUNICORN_BIND="0.0.0.0:8001",
    )
    assert config["workers"] == "3"
    assert config["threads"] == "4"
    assert config["worker_class"] == "gthread"
    assert config["timeout"] == "45"
    assert config["bind"] == "['0.0.0.0:8001']"


def test_defaults_suit_a_small_server():
    config = resolved()
    assert config["workers"] == str(os.cpu_count() * 2 + 1)
    assert config["threads"] == "2"
    assert config["timeout"] == "30"
    assert config["bind"] == "['127.0.0.1:8000']"
    # Workers renewed rarely, and forked with the application loaded: at 1,000 a
    # busy server renewed one every few seconds, and each held requests past 2 s
    # while it loaded Django (bench/cache.py's load test).
    assert config["max_requests"] == "10000"
    assert config["preload_app"] == "True"
    assert resolved(GUNICORN_PRELOAD="false")["preload_app"] == "False"
