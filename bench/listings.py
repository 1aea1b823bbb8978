"""Render each listing page of the demo site and print query counts and latencies.

Usage: .venv/bin/python bench/listings.py [repeats]   (after `make demo`; DATABASE_URL picks
the database). A benchmark that prints figures, not a test.
"""

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from wagtail.models import Page  # noqa: E402

LISTINGS = [
    "home.HomePage",
    "news.NewsIndexPage",
    "partners.PartnerIndexPage",
    "partners.NetworkIndexPage",
    "partners.CaseStoryIndexPage",
    "resources.OutputIndexPage",
]


class QueryCounter(list):
    """An execute wrapper that records each SQL statement (works with DEBUG on or off)."""

    def __call__(self, execute, sql, params, many, context):
        self.append(sql)
        return execute(sql, params, many, context)


def main(repeats=30):
    client = Client(HTTP_HOST="localhost")
    print(f"database: {connection.vendor}; {repeats} renders each after one warm-up")
    print(f"{'page':32} {'queries':>7} {'median ms':>10} {'p95 ms':>8}")
    for label in LISTINGS:
        app, model = label.split(".")
        page = (
            Page.objects.live()
            .filter(content_type__app_label=app, content_type__model=model.lower())
            .first()
        )
        if page is None:
            print(f"{label:32} (not in the database: run `make demo`)")
            continue
        url = page.url
        client.get(url)
        queries = QueryCounter()
        with connection.execute_wrapper(queries):
            client.get(url)
        timings = []
        for _ in range(repeats):
            start = time.perf_counter()
            response = client.get(url)
            timings.append((time.perf_counter() - start) * 1000)
            assert response.status_code == 200, (url, response.status_code)
        timings.sort()
        p95 = timings[min(len(timings) - 1, int(len(timings) * 0.95))]
        print(
            f"{label:32} {len(queries):7d} {statistics.median(timings):10.1f} {p95:8.1f}"
        )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 30)
