"""The resource library and its outputs: tree rules, rendering, admin creation, translation."""

import datetime

import pytest
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from django.utils.formats import date_format
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from home.models import HomePage
from home.tests.factories import DocumentFactory
from resources.models import ResourceIndexPage, ResourcePage
from resources.tests.factories import ResourceFileFactory, ResourcePageFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("model", "parents", "subpages"),
    [
        (ResourceIndexPage, {HomePage}, {ResourcePage}),
        (ResourcePage, {ResourceIndexPage}, set()),
    ],
)
def test_tree_rules(model, parents, subpages):
    assert set(model.allowed_parent_page_models()) == parents
    assert set(model.creatable_subpage_models()) == subpages


def test_resource_pages_only_under_the_library(tree):
    assert ResourcePage.can_create_at(tree.resources)
    for parent in (tree.home, tree.about, tree.news, tree.case_stories):
        assert not ResourcePage.can_create_at(parent)


def test_resource_factory_gives_a_page_with_a_file():
    page = ResourcePageFactory()

    assert page.files.count() == 1
    assert page.files.get().document.file.read().startswith(b"%PDF-")


def test_resource_page_shows_type_date_and_files(client, tree):
    page = ResourcePageFactory(
        parent=tree.resources,
        title="Co-creation handbook",
        resource_type="training_module",
        publication_date=datetime.date(2025, 6, 30),
        summary="How to run a co-creation workshop.",
        files__document__title="Handbook (German)",
        files__language="de",
    )
    english = ResourceFileFactory(
        page=page, language="en", document__title="Handbook (English)"
    )
    german = page.files.get(language="de")

    response = client.get(page.url)

    assert response.status_code == 200
    html = response.content.decode()
    for text in (
        "Co-creation handbook",
        "Training module",
        'datetime="2025-06-30"',
        date_format(page.publication_date),
        "How to run a co-creation workshop.",
        "Handbook (German)",
        "Handbook (English)",
        "Deutsch",
        "English",
        "PDF",
        filesizeformat(german.document.file_size),
        f'href="{german.document.url}"',
        f'href="{english.document.url}"',
    ):
        assert text in html, text
    assert german.document.file_size == german.document.file.size > 0


def test_resource_index_renders_its_items(client, tree):
    item = ResourcePageFactory(parent=tree.resources, title="Policy paper")

    response = client.get(tree.resources.url)

    assert response.status_code == 200
    html = response.content.decode()
    assert "Policy paper" in html
    assert f'href="{item.url}"' in html
    assert "Handbook" in html


def test_document_link_serves_the_file(client, tree):
    page = ResourcePageFactory(parent=tree.resources)
    document = page.files.get().document

    response = client.get(document.url)

    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF-")


def test_resource_index_can_be_created_in_the_admin(create_in_admin, tree):
    page = create_in_admin(tree.home, ResourceIndexPage, {"title": "Library"})

    assert page.live
    assert page.get_parent().pk == tree.home.pk


def test_resource_page_can_be_created_in_the_admin(create_in_admin, tree):
    english, german = DocumentFactory(), DocumentFactory()

    page = create_in_admin(
        tree.resources,
        ResourcePage,
        {
            "title": "Roadmap for rural social services",
            "summary": "Ten steps.",
            "resource_type": "roadmap",
            "publication_date": "2025-09-01",
            **nested_form_data(
                {
                    "files": inline_formset(
                        [
                            {"document": english.pk, "language": "en"},
                            {"document": german.pk, "language": "de"},
                        ],
                        min=1,
                    ),
                    "body": streamfield([]),
                }
            ),
        },
    )

    assert page.live
    assert page.resource_type == "roadmap"
    assert page.publication_date == datetime.date(2025, 9, 1)
    assert [(f.document_id, f.language) for f in page.files.all()] == [
        (english.pk, "en"),
        (german.pk, "de"),
    ]


def test_admin_refuses_a_resource_without_files(admin_client, tree):
    url = reverse(
        "wagtailadmin_pages:add", args=("resources", "resourcepage", tree.resources.pk)
    )
    data = {
        "title": "No files",
        "slug": "no-files",
        "resource_type": "report",
        "publication_date": "2025-01-01",
        "body-count": "0",
        "action-publish": "action-publish",
        **nested_form_data({"files": inline_formset([], min=1)}),
    }

    response = admin_client.post(url, data)

    assert response.status_code == 200
    assert not ResourcePage.objects.filter(slug="no-files").exists()


@pytest.mark.parametrize("model", [ResourceIndexPage, ResourcePage])
def test_translation_renders(client, tree, translate, model):
    item = ResourcePageFactory(parent=tree.resources, files__language="de")
    page = tree.resources if model is ResourceIndexPage else item

    german = translate(page, "de", title="Auf Deutsch")
    german_item = german if model is ResourcePage else translate(item, "de")

    response = client.get(german.url)
    assert german.url.startswith("/de/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Auf Deutsch" in html
    if model is ResourcePage:
        assert item.files.get().document.url in html
    else:
        assert f'href="{german_item.url}"' in html
