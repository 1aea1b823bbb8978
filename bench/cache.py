"""Each page type uncached, through Varnish and as a static file, in one run.

Usage: .venv/bin/python bench/cache.py [seconds [load-seconds]]   (after `make demo`;
DATABASE_URL picks the database; needs Debian's varnish, nginx and wrk). A benchmark
that prints figures, not a test.

For one page of each type it prints: the queries of one request; the CPU milliseconds
Django spends on one request (in this process, Varnish not involved); and, with wrk
(2 threads, 8 connections, `seconds` each), requests per second from gunicorn alone
(uncached), through Varnish with the project's VCL (cached), and from nginx serving
the same HTML bytes as a static file, with the ratio cached / static. Last, how long a
publish takes to show through Varnish (purged by the site, FRONTEND_CACHE_URL), and
whether the site holds 32 connections for `load-seconds` (60) through Varnish and
straight to gunicorn: errors and timeouts at wrk's default 2 s.
"""

import os
import re
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
WORK = Path(tempfile.mkdtemp(prefix="portal-bench-"))
GUNICORN_PORT, VARNISH_PORT, NGINX_PORT = 8300, 8301, 8302
WRK = shutil.which("wrk") or "/usr/bin/wrk"
KEY = secrets.token_urlsafe(60)
ENV = {
    **os.environ,
    "DJANGO_SETTINGS_MODULE": "portal.settings.production",
    "SECRET_KEY": KEY,
    "SECURE_SSL_REDIRECT": "false",
    "SECURE_COOKIES": "false",
    "ALLOWED_HOSTS": "localhost,127.0.0.1",
    "STATIC_ROOT": str(WORK / "static"),
    "FRONTEND_CACHE_URL": f"http://127.0.0.1:{VARNISH_PORT}",
    "FRAGMENT_CACHE_DIR": str(WORK / "fragments"),
    "LOG_LEVEL": "ERROR",
}
os.environ.update({k: v for k, v in ENV.items() if k != "LOG_LEVEL"})
# The production settings serve static files through a manifest: collect them first.
subprocess.run(  # noqa: S603
    [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
    cwd=ROOT,
    env=ENV,
    check=True,
)

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from wagtail.models import Page  # noqa: E402

PAGE_TYPES = [
    "home.HomePage",
    "news.NewsIndexPage",
    "news.NewsPage",
    "partners.PartnerIndexPage",
    "partners.PartnerPage",
    "partners.NetworkIndexPage",
    "partners.NetworkPage",
    "partners.CaseStoryIndexPage",
    "partners.CaseStoryPage",
    "resources.OutputIndexPage",
    "resources.OutputPage",
    "home.StandardPage",
]
OTHER = ["/en/feeds/news.rss", "/sitemap.xml", "/api/v2/pages/?type=news.NewsPage"]


class QueryCounter(list):
    def __call__(self, execute, sql, params, many, context):
        self.append(sql)
        return execute(sql, params, many, context)


def wait_for(port):
    for _attempt in range(300):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(0.1)
    raise SystemExit(f"nothing listens on {port}")


def start(command, **kwargs):
    return subprocess.Popen(  # noqa: S603 (the machine's own servers)
        command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, **kwargs
    )


def wrk(url, seconds, connections=8, timeout="10s"):
    output = subprocess.run(  # noqa: S603
        [WRK, "-t2", f"-c{connections}", f"-d{seconds}s", "--timeout", timeout, url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rate = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    timeouts = re.search(r"timeout (\d+)", output)
    return (
        rate,
        int(errors.group(1)) if errors else 0,
        (int(timeouts.group(1)) if timeouts else 0),
    )


def pages():
    found = []
    for label in PAGE_TYPES:
        app, model = label.split(".")
        page = (
            Page.objects.live()
            .filter(
                content_type__app_label=app,
                content_type__model=model.lower(),
                locale__language_code="en",
            )
            .order_by("path")
            .first()
        )
        if page is not None:
            found.append((label, page.url, page))
    return found + [(url, url, None) for url in OTHER]


def cpu_ms(client, url, repeats=20):
    client.get(url)
    start = time.process_time()
    for _ in range(repeats):
        client.get(url)
    return (time.process_time() - start) * 1000 / repeats


def main(seconds=10, load_seconds=60):
    vcl = (ROOT / "deploy/varnish/default.vcl").read_text()
    (WORK / "default.vcl").write_text(
        vcl.replace('.port = "8000";', f'.port = "{GUNICORN_PORT}";')
    )
    static = WORK / "html"
    static.mkdir()
    (WORK / "nginx.conf").write_text(
        f"daemon off; pid {WORK}/nginx.pid; error_log {WORK}/nginx.log; "
        + ("user root; " if os.geteuid() == 0 else "")
        + "worker_processes 1; events { worker_connections 256; } "
        f"http {{ access_log off; server {{ listen 127.0.0.1:{NGINX_PORT}; "
        f"root {static}; default_type text/html; }} }}"
    )
    servers = [
        start(
            [
                str(Path(sys.executable).parent / "gunicorn"),
                "-c",
                "deploy/gunicorn.conf.py",
                "portal.wsgi:application",
                "--bind",
                f"127.0.0.1:{GUNICORN_PORT}",
            ],
            cwd=ROOT,
            env=ENV,
        ),
        start(
            [
                shutil.which("varnishd") or "/usr/sbin/varnishd",
                "-F",
                "-j",
                "none",
                "-n",
                str(WORK / "varnish"),
                "-a",
                f"127.0.0.1:{VARNISH_PORT}",
                "-f",
                str(WORK / "default.vcl"),
                "-s",
                "malloc,256m",
            ]
        ),
        start(
            [shutil.which("nginx") or "/usr/sbin/nginx", "-c", str(WORK / "nginx.conf")]
        ),
    ]
    try:
        for port in (GUNICORN_PORT, VARNISH_PORT, NGINX_PORT):
            wait_for(port)
        client = Client(HTTP_HOST="localhost")
        print(
            f"database: {connection.vendor}; wrk 2 threads, 8 connections, {seconds} s; "
            f"gunicorn {os.environ.get('GUNICORN_WORKERS', 'default')} workers"
        )
        print(
            f"{'page':28} {'queries':>7} {'CPU ms':>7} {'uncached/s':>10} "
            f"{'cached/s':>9} {'static/s':>9} {'cached/static':>13} {'errors':>6}"
        )
        for number, (label, url, _page) in enumerate(pages()):
            queries = QueryCounter()
            client.get(url)
            with connection.execute_wrapper(queries):
                html = client.get(url).content
            cpu = cpu_ms(client, url)
            name = f"page{number}.html"
            (static / name).write_bytes(html)
            for port in (GUNICORN_PORT, VARNISH_PORT):  # warm: workers and the cache
                urllib.request.urlopen(f"http://127.0.0.1:{port}{url}").read()  # noqa: S310
            uncached, errors_a, timeouts_a = wrk(
                f"http://127.0.0.1:{GUNICORN_PORT}{url}", seconds
            )
            cached, errors_b, timeouts_b = wrk(
                f"http://127.0.0.1:{VARNISH_PORT}{url}", seconds
            )
            flat, _e, _t = wrk(f"http://127.0.0.1:{NGINX_PORT}/{name}", seconds)
            failures = errors_a + errors_b + timeouts_a + timeouts_b
            print(
                f"{label:28} {len(queries):7d} {cpu:7.1f} {uncached:10.1f} "
                f"{cached:9.1f} {flat:9.1f} {cached / flat:12.0%} {failures:6d}"
            )
        publish_delay()
        under_load(load_seconds)
    finally:
        for server in servers:
            server.terminate()
        for server in servers:
            server.wait(timeout=20)
        shutil.rmtree(WORK, ignore_errors=True)


def under_load(seconds):
    """wrk with 32 connections and its default 2 s timeout, through Varnish and
    straight to gunicorn: errors and timeouts (the issue's "holds under load")."""
    print(f"under load: wrk 2 threads, 32 connections, {seconds} s, 2 s timeout")
    for url in ("/en/", "/lv/jaunumi/"):
        for name, port in (("Varnish", VARNISH_PORT), ("gunicorn", GUNICORN_PORT)):
            rate, errors, timeouts = wrk(
                f"http://127.0.0.1:{port}{url}", seconds, connections=32, timeout="2s"
            )
            print(
                f"  {url:14} {name:9} {rate:9.1f}/s  errors {errors}  timeouts "
                f"{timeouts}"
            )


def publish_delay():
    """Publish a new title and time until Varnish serves it."""
    page = (
        Page.objects.live()
        .filter(content_type__model="newspage", locale__language_code="en")
        .order_by("path")
        .first()
        .specific
    )
    url = f"http://127.0.0.1:{VARNISH_PORT}{page.url}"
    urllib.request.urlopen(url).read()  # noqa: S310 (cached now)
    original = page.title
    marker = f"{original} ({secrets.token_hex(3)})"
    start = time.perf_counter()
    page.title = marker
    page.save_revision().publish()
    try:
        while marker.encode() not in urllib.request.urlopen(url).read():  # noqa: S310
            if time.perf_counter() - start > 60:
                print("publish: not visible through Varnish after 60 s")
                return
            time.sleep(0.01)
        print(
            f"publish: visible through Varnish {time.perf_counter() - start:.2f} s "
            "after the editor's click (publish and purge included)"
        )
    finally:
        page.title = original
        page.save_revision().publish()


if __name__ == "__main__":
    main(*(int(arg) for arg in sys.argv[1:3]))
