"""With REDIS_URL, the caches live in Redis (Django's RedisCache) and every app server
shares them; without it, each process keeps its own. Runs against the Redis of this
machine (127.0.0.1:6379; CI has one)."""

import json
import os
import socket
import uuid

import pytest
import redis

from tests.servers import run_python

REDIS = ("127.0.0.1", 6379)


def redis_is_up():
    try:
        socket.create_connection(REDIS, timeout=1).close()
    except OSError:
        return False
    return True


pytestmark = pytest.mark.skipif(
    not redis_is_up() and os.environ.get("PORTAL_REQUIRE_REDIS") != "1",
    reason="no Redis on 127.0.0.1:6379",
)


def app_server(script, **env):
    """Run script in a process of its own with the site's settings, as another app
    server would; return what it prints, read as JSON."""
    result = run_python(
        "import django, json; django.setup()\n"
        "from django.core.cache import caches\n" + script,
        **env,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.fixture
def redis_env():
    prefix = f"portal-test-{uuid.uuid4().hex[:8]}"
    env = {"REDIS_URL": f"redis://{REDIS[0]}:{REDIS[1]}/0", "CACHE_KEY_PREFIX": prefix}
    yield env
    client = redis.Redis.from_url(env["REDIS_URL"])
    keys = list(client.scan_iter(f"{prefix}:*"))
    if keys:
        client.delete(*keys)


def test_two_app_servers_share_the_caches_through_redis(redis_env):
    written = app_server(
        "from django.conf import settings\n"
        "caches['default'].set('greeting', 'tere', 60)\n"
        "caches['renditions'].set('hero', 'fill-800x450', 60)\n"
        "print(json.dumps([settings.CACHES['default']['BACKEND'],"
        " settings.SESSION_ENGINE]))",
        **redis_env,
    )
    assert written == [
        "django.core.cache.backends.redis.RedisCache",
        "django.contrib.sessions.backends.cached_db",
    ]
    read = app_server(
        "print(json.dumps([caches['default'].get('greeting'),"
        " caches['renditions'].get('hero')]))",
        **redis_env,
    )
    assert read == ["tere", "fill-800x450"]


def test_without_redis_each_process_keeps_its_own(redis_env):
    alone = {"REDIS_URL": "", "CACHE_KEY_PREFIX": redis_env["CACHE_KEY_PREFIX"]}
    app_server("caches['default'].set('greeting', 'tere', 60); print('1')", **alone)
    read = app_server(
        "from django.conf import settings\n"
        "print(json.dumps([caches['default'].get('greeting'),"
        " settings.CACHES['default']['BACKEND'], settings.SESSION_ENGINE]))",
        **alone,
    )
    assert read == [
        None,
        "django.core.cache.backends.locmem.LocMemCache",
        "django.contrib.sessions.backends.db",
    ]


def test_health_reports_redis_down(redis_env):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed = probe.getsockname()[1]
    results = app_server(
        "from django.test import Client\n"
        "response = Client().get('/health/?format=json')\n"
        "print(json.dumps([response.status_code, response.json()]))",
        REDIS_URL=f"redis://127.0.0.1:{closed}/0",
        CACHE_KEY_PREFIX=redis_env["CACHE_KEY_PREFIX"],
    )
    status, checks = results
    assert status == 503
    failing = sorted(name for name, result in checks.items() if result != "OK")
    assert failing == [
        "Cache(alias='default')",
        "Cache(alias='renditions')",
        "Cache(alias='template_fragments')",
    ]


GENERATION = "from home import fragments\n"


def test_a_change_on_one_app_server_is_seen_by_the_others_through_redis(redis_env):
    """Fragments (home/fragments.py) are forgotten on every server at once."""
    read = GENERATION + "print(json.dumps(fragments.generation()))"
    before = app_server(read, **redis_env)
    assert app_server(read, **redis_env) == before
    app_server(GENERATION + "fragments.content_changed(); print(1)", **redis_env)
    assert app_server(read, **redis_env) != before


def test_production_workers_without_redis_share_fragments_in_files(tmp_path):
    production = {
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
        "SECRET_KEY": uuid.uuid4().hex * 2,
        "ALLOWED_HOSTS": "localhost",
        "REDIS_URL": "",
        "FRAGMENT_CACHE_DIR": str(tmp_path),
    }
    read = GENERATION + "print(json.dumps(fragments.generation()))"
    before = app_server(read, **production)
    assert app_server(read, **production) == before
    app_server(GENERATION + "fragments.content_changed(); print(1)", **production)
    assert app_server(read, **production) != before
    assert any(tmp_path.iterdir())
