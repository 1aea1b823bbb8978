"""The demo site, built once for the tests of this package.

load_demo runs twice (the second run must change nothing) inside a transaction that is
rolled back when the package's tests are done. Building it draws images and writes
PDFs, so every test that needs the whole demo site lives here and shares it.
"""

from collections import defaultdict
from io import StringIO
from types import SimpleNamespace
from urllib.parse import urlsplit

import lxml.html
import pytest
from django.core.management import call_command
from django.db import transaction
from django.test import Client
from lxml import etree
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Site

from home.models import Country, TargetGroup, Theme
from news.models import NewsCategory
from tests.conftest import shared_context

from .listings import LISTINGS, SITEMAP_NS


def snapshot():
    """What a second run must leave unchanged: pages, revisions, files, terms."""
    pages = [
        (
            page.pk,
            page.title,
            page.url_path,
            page.content_type_id,
            page.live,
            page.last_published_at,
            page.latest_revision_id,
            page.revisions.count(),
        )
        for page in Page.objects.order_by("pk")
    ]
    return SimpleNamespace(
        pages=pages,
        images=list(get_image_model().objects.order_by("pk").values_list("pk", "file")),
        documents=list(
            get_document_model().objects.order_by("pk").values_list("pk", "file")
        ),
        terms={
            model.__name__: list(model.objects.order_by("pk").values_list("pk", "slug"))
            for model in (Country, TargetGroup, Theme, NewsCategory)
        },
        site=list(Site.objects.values_list("pk", "root_page_id", "is_default_site")),
    )


@pytest.fixture(scope="package")
def demo(django_db_setup, django_db_blocker):
    """Run load_demo twice and keep the result for the package's tests."""
    with django_db_blocker.unblock(), transaction.atomic():
        output = StringIO()
        call_command("load_demo", stdout=output)
        first = snapshot()
        call_command("load_demo", stdout=StringIO())
        second = snapshot()
        yield SimpleNamespace(first=first, second=second, output=output.getvalue())
        transaction.set_rollback(True)


@pytest.fixture(scope="package")
def crawl(demo, django_db_blocker):
    """Every sitemap page (its HTML and parsed), every listing page by page, and the
    page map; read once for the package's tests."""
    client = Client()
    with django_db_blocker.unblock():
        renditions = get_image_model().get_rendition_model().objects
        before = set(renditions.values_list("pk", flat=True))
        pages = {
            page.url: page
            for page in Page.objects.live()
            .public()
            .filter(depth__gte=2)
            .select_related("locale")
        }
        sitemap = etree.fromstring(client.get("/sitemap.xml").content)
        urls = [
            urlsplit(loc).path
            for loc in sitemap.xpath("sm:url/sm:loc/text()", namespaces=SITEMAP_NS)
        ]
        documents, html = {}, {}
        for url in urls:
            response = client.get(url)
            assert response.status_code == 200, url
            html[url] = response.content.decode()
            documents[url] = lxml.html.fromstring(html[url])
        listings = defaultdict(dict)
        for name, (index_model, _item_model) in LISTINGS.items():
            for index in index_model.objects.live().select_related("locale"):
                listed, number = [], 1
                while True:
                    url = index.url if number == 1 else f"{index.url}page/{number}/"
                    response = client.get(url)
                    assert response.status_code == 200, (index.url, number)
                    html[url] = response.content.decode()
                    listed.append(lxml.html.fromstring(html[url]))
                    if number >= shared_context(response)["items"].paginator.num_pages:
                        break
                    number += 1
                listings[name][index.locale.language_code] = listed
        made = sorted(
            renditions.exclude(pk__in=before).values_list("image__title", "filter_spec")
        )
    return SimpleNamespace(
        pages=pages,
        documents=documents,
        html=html,
        listings=listings,
        renditions_made=made,
    )
