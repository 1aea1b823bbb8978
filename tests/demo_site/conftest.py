"""The demo site, built once for the tests of this package.

load_demo runs twice (the second run must change nothing) inside a transaction that is
rolled back when the package's tests are done. Building it draws images and writes
PDFs, so every test that needs the whole demo site lives here and shares it.
"""

from io import StringIO
from types import SimpleNamespace

import pytest
from django.core.management import call_command
from django.db import transaction
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Site

from home.models import Country, TargetGroup, Theme
from news.models import NewsCategory


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
        call_command("load_demo", stdout=StringIO())
        first = snapshot()
        call_command("load_demo", stdout=StringIO())
        second = snapshot()
        yield SimpleNamespace(first=first, second=second)
        transaction.set_rollback(True)
