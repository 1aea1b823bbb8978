"""gunicorn's settings, from the environment:

    gunicorn -c deploy/gunicorn.conf.py portal.wsgi:application

GUNICORN_BIND (127.0.0.1:8000), GUNICORN_WORKERS (two per core, plus one),
GUNICORN_THREADS (2: threaded workers, so that a slow client or download does not hold
a whole process), GUNICORN_TIMEOUT (30 s: a worker silent for longer is restarted),
GUNICORN_MAX_REQUESTS (10000, with jitter: workers are renewed now and then; at 1,000
a busy server renewed a worker every few seconds, and each renewal held requests past
2 s), GUNICORN_PRELOAD ("true": the application is loaded once, before the workers are
forked, so that a renewed worker serves at once instead of loading Django for a second
or two; a code change then needs a restart, not a HUP),
GUNICORN_ACCESS_LOG (off; "true" logs each request to stdout, which Varnish or nginx
usually do already).
"""

import multiprocessing
import os


def number(name, default):
    value = os.environ.get(name, "").strip()
    return int(value) if value else default


bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
workers = number("GUNICORN_WORKERS", multiprocessing.cpu_count() * 2 + 1)
threads = number("GUNICORN_THREADS", 2)
worker_class = "gthread" if threads > 1 else "sync"
timeout = number("GUNICORN_TIMEOUT", 30)
graceful_timeout = number("GUNICORN_GRACEFUL_TIMEOUT", 30)
keepalive = number("GUNICORN_KEEPALIVE", 5)
max_requests = number("GUNICORN_MAX_REQUESTS", 10000)
max_requests_jitter = max_requests // 10
# Behind Varnish or nginx on this machine: trust their X-Forwarded-* headers.
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1,::1")
accesslog = "-" if os.environ.get("GUNICORN_ACCESS_LOG", "").lower() == "true" else None
errorlog = "-"
preload_app = os.environ.get("GUNICORN_PRELOAD", "true").strip().lower() != "false"


def post_fork(server, worker):
    """A worker starts without the connections its parent may have opened while
    loading the application: a database connection shared by two processes would
    mix their queries."""
    from django.db import connections  # loaded with the application, not with gunicorn

    connections.close_all()
