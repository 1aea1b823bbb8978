"""Build a site of 10,000 pages in nine languages, index it, and time 30 searches.

Usage: .venv/bin/python bench/search.py [pages] [repeats]

Runs in a throw-away database (test_<name> on PostgreSQL, a temporary file on SQLite)
of the database DATABASE_URL names, so the demo data stays as it is. Text comes from
the demo translations, so every language has real words. Prints the time to build the
index and the median and 95th-percentile latency of the search page (full request:
search, facets, snippets, rendering). A benchmark that prints figures, not a test.
"""

import os
import random
import statistics
import sys
import tempfile
import time
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")

import django  # noqa: E402

django.setup()

import polib  # noqa: E402
from django.conf import settings  # noqa: E402
from django.contrib.contenttypes.models import ContentType  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import override_settings  # noqa: E402
from django.utils import timezone  # noqa: E402
from wagtail.models import Locale, Page, Site  # noqa: E402

from home.models import Country, HomePage, StandardPage  # noqa: E402
from news.models import NewsIndexPage, NewsPage  # noqa: E402
from partners.models import CaseStoryIndexPage, CaseStoryPage  # noqa: E402
from resources.models import OutputIndexPage, OutputPage  # noqa: E402
from search.query import words  # noqa: E402

TRANSLATIONS = Path(settings.BASE_DIR) / "demo" / "translations"
LANGUAGES = [code for code, _name in settings.LANGUAGES]
# Share of each locale's pages per type.
MIX = [
    (NewsPage, 0.45),
    (CaseStoryPage, 0.30),
    (OutputPage, 0.10),
    (StandardPage, 0.15),
]
QUERIES_PER_LANGUAGE = 3
ALL_LANGUAGE_QUERIES = 3


def corpus(code):
    """Sentences of the demo content in one language."""
    entries = [
        entry
        for path in sorted(
            (TRANSLATIONS / ("de" if code == "en" else code)).glob("*.po")
        )
        for entry in polib.pofile(str(path))
    ]
    texts = [entry.msgid if code == "en" else entry.msgstr for entry in entries]
    sentences = []
    for text in texts:
        if "<" in text or len(text) < 20:
            continue
        sentences.extend(s.strip() for s in text.split(". ") if len(s.strip()) > 15)
    return sentences


def make_page(model, parent, n, sentences, rng, country, now):
    """An unsaved page with text drawn from the language's sentences."""
    title = " ".join(rng.choice(sentences).split()[:7]).strip(",.;:")
    slug = f"{model.__name__.lower()}-{n}"
    body = [("paragraph", f"<p>{rng.choice(sentences)}.</p>") for _ in range(4)]
    fields = {
        "title": title,
        "draft_title": title,
        "slug": slug,
        "summary": rng.choice(sentences)[:300],
        "locale_id": parent.locale_id,
        "live": True,
        "first_published_at": now,
        "last_published_at": now,
    }
    day = date(2018, 1, 1) + timedelta(days=rng.randrange(1500))
    if model is NewsPage:
        fields.update(date=day, body=body)
    elif model is CaseStoryPage:
        fields.update(
            start_date=day,
            country=country,
            challenge=f"<p>{rng.choice(sentences)}</p>",
            co_creation=f"<p>{rng.choice(sentences)}</p>",
        )
    elif model is OutputPage:
        fields.update(output_type="handbook", publication_date=day, body=body)
    else:
        fields.update(body=body)
    return model(**fields)


def add_children(parent, pages):
    """Insert pages below a parent: Page rows in bulk, then each page's own row."""
    depth = parent.depth + 1
    page_fields = [
        field.attname for field in Page._meta.concrete_fields if field.attname != "id"
    ]
    base_rows = []
    for n, page in enumerate(pages, start=parent.numchild + 1):
        page.path = Page._get_path(parent.path, depth, n)
        page.depth = depth
        page.numchild = 0
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.content_type = ContentType.objects.get_for_model(type(page))
        base_rows.append(Page(**{name: getattr(page, name) for name in page_fields}))
    Page.objects.bulk_create(base_rows, batch_size=500)
    for page, row in zip(pages, base_rows, strict=True):
        page.pk = page.page_ptr_id = row.pk
        page.save_base(raw=True, force_insert=True)
    Page.objects.filter(pk=parent.pk).update(numchild=parent.numchild + len(pages))


def build_site(total):
    """Home and index pages per language, then the pages below them."""
    rng = random.Random(2018)
    now = timezone.now()
    root = Page.get_first_root_node()
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    country = Country.objects.create(
        name="Latvia", code="LV", slug="latvia", locale=locales["en"]
    )
    english_home = None
    indexes = {}
    for code in LANGUAGES:
        shared = (
            {"translation_key": english_home.translation_key} if english_home else {}
        )
        home = HomePage(
            title="SEMPRE",
            slug=f"home-{code}",
            hero_heading="SEMPRE",
            locale=locales[code],
            **shared,
        )
        root.add_child(instance=home)
        english_home = english_home or home
        for model, slug in [
            (NewsIndexPage, "news"),
            (CaseStoryIndexPage, "case-stories"),
            (OutputIndexPage, "outputs"),
            (StandardPage, "about"),
        ]:
            index = model(title=slug.title(), slug=slug, locale=locales[code])
            home.add_child(instance=index)
            indexes[code, model] = index
    site = Site.objects.get(is_default_site=True)
    old_root = site.root_page
    site.root_page = english_home
    site.save()
    old_root.delete()

    remaining = total - Page.objects.filter(depth__gt=1).count()
    shares = {
        code: remaining // len(LANGUAGES) + (n < remaining % len(LANGUAGES))
        for n, code in enumerate(LANGUAGES)
    }
    parents = {
        NewsPage: NewsIndexPage,
        CaseStoryPage: CaseStoryIndexPage,
        OutputPage: OutputIndexPage,
        StandardPage: StandardPage,
    }
    texts = {}
    for code in LANGUAGES:
        sentences = corpus(code)
        texts[code] = sentences
        per_language = shares[code]
        count = 0
        for i, (model, share) in enumerate(MIX):
            number = (
                per_language - count if i == len(MIX) - 1 else int(per_language * share)
            )
            count += number
            parent = Page.objects.get(pk=indexes[code, parents[model]].pk)
            pages = [
                make_page(model, parent, n, sentences, rng, country, now)
                for n in range(number)
            ]
            add_children(parent, pages)
    return texts


def representative_queries(texts):
    """Each language's most frequent long words, and a few searches in all languages."""
    queries = []
    for code in LANGUAGES:
        counts = Counter(
            word.lower()
            for sentence in texts[code]
            for word in words(sentence)
            if len(word) >= 7
        )
        for word, _count in counts.most_common(QUERIES_PER_LANGUAGE):
            queries.append((code, word, False))
    english = [q for code, q, _all in queries if code == "en"]
    queries += [("en", word, True) for word in english[:ALL_LANGUAGE_QUERIES]]
    return queries


def percentile(values, share):
    values = sorted(values)
    return values[min(len(values) - 1, int(len(values) * share))]


def main(total=10_000, repeats=3):
    if connection.vendor == "sqlite":
        handle, name = tempfile.mkstemp(prefix="portal-bench-", suffix=".sqlite3")
        os.close(handle)
        connection.settings_dict.setdefault("TEST", {})["NAME"] = name
    old_name = connection.creation.create_test_db(verbosity=0, autoclobber=True)
    try:
        backends = {
            name: {**conf, "AUTO_UPDATE": False}
            for name, conf in settings.WAGTAILSEARCH_BACKENDS.items()
        }
        with override_settings(WAGTAILSEARCH_BACKENDS=backends):
            start = time.perf_counter()
            with transaction.atomic():
                texts = build_site(total)
            built = time.perf_counter() - start
        pages = Page.objects.filter(depth__gt=1).count()
        start = time.perf_counter()
        call_command("update_index", verbosity=0)
        indexed = time.perf_counter() - start

        client = Client(HTTP_HOST="localhost")
        queries = representative_queries(texts)
        timings, hits = [], []
        for code, query, everywhere in queries:
            params = {"q": query, **({"all": "1"} if everywhere else {})}
            url = f"/{code}/search/"
            response = client.get(url, params)  # warm-up
            assert response.status_code == 200, (url, params, response.status_code)
            hits.append(count_results(code, query, everywhere))
            for _ in range(repeats):
                start = time.perf_counter()
                client.get(url, params)
                timings.append((time.perf_counter() - start) * 1000)

        print(f"database: {connection.vendor}; backend: {type(get_backend()).__name__}")
        print(f"pages: {pages} in {len(LANGUAGES)} languages (built in {built:.1f} s)")
        print(f"update_index: {indexed:.1f} s")
        print(
            f"{len(queries)} queries x {repeats}: median {statistics.median(timings):.1f} ms, "
            f"p95 {percentile(timings, 0.95):.1f} ms, max {max(timings):.1f} ms; "
            f"results per query: median {statistics.median(hits):.0f}, min {min(hits)}"
        )
    finally:
        connection.creation.destroy_test_db(old_name, verbosity=0)


def count_results(code, query, everywhere):
    pages = Page.objects.live()
    if not everywhere:
        pages = pages.filter(locale=Locale.objects.get(language_code=code))
    return pages.search(query).count()


def get_backend():
    from wagtail.search.backends import get_search_backend

    return get_search_backend()


if __name__ == "__main__":
    args = [int(arg) for arg in sys.argv[1:]]
    main(*args)
