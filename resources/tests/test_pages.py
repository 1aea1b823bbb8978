"""The outputs library and its outputs: tree rules, rendering, admin creation, translation."""

import datetime
import json

import lxml.html
import pytest
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from django.utils.formats import date_format
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield
from wagtail_localize.models import SegmentOverride, Translation, TranslationSource

from home.models import HomePage
from home.tests.factories import DocumentFactory, make_pdf
from resources.models import OutputIndexPage, OutputPage
from resources.tests.factories import OutputFileFactory, OutputPageFactory
from tests.conftest import shared_context

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("model", "parents", "subpages"),
    [
        (OutputIndexPage, {HomePage}, {OutputPage}),
        (OutputPage, {OutputIndexPage}, set()),
    ],
)
def test_tree_rules(model, parents, subpages):
    assert set(model.allowed_parent_page_models()) == parents
    assert set(model.creatable_subpage_models()) == subpages


def test_output_pages_only_under_the_library(tree):
    assert OutputPage.can_create_at(tree.outputs)
    for parent in (tree.home, tree.about, tree.news, tree.case_stories):
        assert not OutputPage.can_create_at(parent)


def test_output_factory_gives_a_page_with_a_file():
    page = OutputPageFactory()

    assert page.files.count() == 1
    assert page.files.get().document.file.read().startswith(b"%PDF-")


def test_output_page_shows_type_date_and_language_versions(client, tree):
    page = OutputPageFactory(
        parent=tree.outputs,
        title="Co-creation handbook",
        output_type="training_module",
        publication_date=datetime.date(2025, 6, 30),
        summary="How to run a co-creation workshop.",
        files__language="de",
    )
    OutputFileFactory(page=page, language="en")
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
        f"PDF, {filesizeformat(german.document.file_size)}",
        f'href="{page.url}download/de/" hreflang="de" type="application/pdf"',
        f'href="{page.url}download/en/" hreflang="en" type="application/pdf"',
        '<span class="download__title" lang="de">Deutsch</span>',
        '<span class="download__title" lang="en">English</span>',
    ):
        assert text in html, text
    # The media folder's address is not given out: downloads go through the view.
    assert german.document.file.url not in html


def language_order(response):
    return [file.language for file in shared_context(response)["files"]]


def download_list(response):
    """(data-language, hreflang, link) of each item of the page's language versions,
    in the order they are shown."""
    document = lxml.html.fromstring(response.content.decode())
    return [
        (item.get("data-language"), link.get("hreflang"), link.get("href"))
        for item in document.xpath("//main//ul[@class='download-list']/li")
        for link in item.xpath("a")
    ]


def test_the_visitors_language_comes_first(client, tree, translate):
    page = OutputPageFactory(parent=tree.outputs, files__language="en")
    for code in ("de", "lv", "et"):
        OutputFileFactory(page=page, language=code)
    latvian = translate(page, "lv")

    assert language_order(client.get(page.url)) == ["en", "de", "lv", "et"]
    assert language_order(client.get(latvian.url)) == ["lv", "en", "de", "et"]
    # What the visitor sees: the list of downloads itself, in that order.
    for output, order in (
        (page, ["en", "de", "lv", "et"]),
        (latvian, ["lv", "en", "de", "et"]),
    ):
        assert download_list(client.get(output.url)) == [
            (code, code, f"{output.url}download/{code}/") for code in order
        ]


def test_a_file_in_another_language_is_named_in_that_language(client, tree):
    page = OutputPageFactory(parent=tree.outputs, files__language="ru")

    html = client.get(page.url).content.decode()

    assert '<span class="download__title" lang="ru">Русский</span>' in html


def test_cover_is_the_first_pdf_page_when_no_image_is_uploaded(client, tree):
    page = OutputPageFactory(
        parent=tree.outputs,
        files__document__file__data=make_pdf("Cover page"),
    )
    document = page.files.get().document

    assert page.image is None
    assert page.cover_image == document.cover is not None
    html = client.get(page.url).content.decode()
    assert 'class="output__cover"' in html


def test_translations_share_the_files_until_a_translator_replaces_one(
    tree, locales, django_capture_on_commit_callbacks
):
    """Through wagtail-localize: the translation copies the files; an override of one
    document in the translation editor survives the next sync of the source."""
    page = OutputPageFactory(parent=tree.outputs, files__language="en")
    OutputFileFactory(page=page, language="de")

    def sync():
        source, _ = TranslationSource.update_or_create_from_instance(page)
        translation, _ = Translation.objects.get_or_create(
            source=source, target_locale=locales["de"]
        )
        with django_capture_on_commit_callbacks(execute=True):
            translation.save_target(publish=True)
        return source, page.get_translation(locales["de"]).specific

    for ancestor in (tree.home, tree.outputs):
        source, _ = TranslationSource.get_or_create_from_instance(ancestor)
        with django_capture_on_commit_callbacks(execute=True):
            Translation.objects.create(
                source=source, target_locale=locales["de"]
            ).save_target(publish=True)
    source, german = sync()

    def files(of):
        return [(f.language, f.document_id) for f in of.files.all()]

    assert files(german) == files(page)
    assert {f.locale_id for f in german.files.all()} == {locales["de"].pk}

    # The German team replaces the German PDF of their translation only.
    english_de_file = page.files.get(language="de")
    segment = source.overridablesegment_set.get(
        context__path=f"files.{english_de_file.translation_key}.document"
    )
    replacement = DocumentFactory(title="Überarbeitete Fassung")
    SegmentOverride.objects.create(
        locale=locales["de"],
        context=segment.context,
        data_json=json.dumps(replacement.pk),
    )
    page.title = "Handbook, revised"
    page.save_revision().publish()
    _source, german = sync()

    assert german.files.get(language="de").document_id == replacement.pk
    assert german.files.get(language="en").document_id == (
        page.files.get(language="en").document_id
    )
    assert page.files.get(language="de").document_id == english_de_file.document_id


def test_output_index_renders_its_items(client, tree):
    item = OutputPageFactory(parent=tree.outputs, title="Policy paper")

    response = client.get(tree.outputs.url)

    assert response.status_code == 200
    html = response.content.decode()
    assert "Policy paper" in html
    assert f'href="{item.url}"' in html
    assert "Handbook" in html


def test_document_link_serves_the_file_through_wagtail(client, tree):
    page = OutputPageFactory(parent=tree.outputs)
    document = page.files.get().document

    response = client.get(document.url)

    assert response.status_code == 200
    assert b"".join(response.streaming_content).startswith(b"%PDF-")


def test_output_index_can_be_created_in_the_admin(create_in_admin, tree):
    page = create_in_admin(tree.home, OutputIndexPage, {"title": "Library"})

    assert page.live
    assert page.get_parent().pk == tree.home.pk


def test_output_page_can_be_created_in_the_admin(create_in_admin, tree):
    english, german = DocumentFactory(), DocumentFactory()

    page = create_in_admin(
        tree.outputs,
        OutputPage,
        {
            "title": "Roadmap for rural social services",
            "summary": "Ten steps.",
            "output_type": "roadmap",
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
    assert page.output_type == "roadmap"
    assert page.publication_date == datetime.date(2025, 9, 1)
    assert [(f.document_id, f.language) for f in page.files.all()] == [
        (english.pk, "en"),
        (german.pk, "de"),
    ]


def test_admin_refuses_a_resource_without_files(admin_client, tree):
    url = reverse(
        "wagtailadmin_pages:add", args=("resources", "outputpage", tree.outputs.pk)
    )
    data = {
        "title": "No files",
        "slug": "no-files",
        "output_type": "report",
        "publication_date": "2025-01-01",
        "body-count": "0",
        "action-publish": "action-publish",
        **nested_form_data({"files": inline_formset([], min=1)}),
    }

    response = admin_client.post(url, data)

    assert response.status_code == 200
    assert not OutputPage.objects.filter(slug="no-files").exists()


@pytest.mark.parametrize("model", [OutputIndexPage, OutputPage])
def test_translation_renders(client, tree, translate, model):
    item = OutputPageFactory(parent=tree.outputs, files__language="de")
    page = tree.outputs if model is OutputIndexPage else item

    german = translate(page, "de", title="Auf Deutsch")
    german_item = german if model is OutputPage else translate(item, "de")

    response = client.get(german.url)
    assert german.url.startswith("/de/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Auf Deutsch" in html
    if model is OutputPage:
        assert f'href="{german.url}download/de/"' in html
    else:
        assert f'href="{german_item.url}"' in html


def restricted_collection(name="Private"):
    from wagtail.models import Collection, CollectionViewRestriction

    parent = Collection.get_first_root_node().add_child(name=name)
    CollectionViewRestriction.objects.create(
        collection=parent, restriction_type="login"
    )
    # A restriction applies to the collections inside it as well.
    return parent.add_child(name=f"{name} drafts")


def search_hits(client, query):
    response = client.get("/en/search/", {"q": query})
    assert response.status_code == 200
    return [hit.page.pk for hit in response.context["hits"]]


def test_a_private_document_gives_no_cover_and_no_searchable_text(client, tree):
    """Covers are public images and the index is public: a document in a collection
    with a view restriction shows neither its first page nor its text."""
    from wagtail.search.backends import get_search_backend

    page = OutputPageFactory(
        parent=tree.outputs,
        title="Internal evaluation",
        files__document__file__data=make_pdf("Quarterly zymurgy figures"),
    )
    file = page.files.get()
    public_cover = file.document.cover
    assert public_cover is not None
    assert "zymurgy" in file.searchable_text
    get_search_backend().add(page)
    assert search_hits(client, "zymurgy") == [page.pk]

    file.document.collection = restricted_collection()
    file.document.save()
    page = OutputPage.objects.get(pk=page.pk)
    get_search_backend().add(page)

    assert page.files.get().is_private
    assert page.files.get().searchable_text == ""
    assert page.cover_image is None
    assert search_hits(client, "zymurgy") == []
    html = client.get(page.url).content.decode()
    assert 'class="output__cover"' not in html
    assert public_cover.file.name.rsplit("/", 1)[-1].rsplit(".", 1)[0] not in html
    # The library's card shows no cover either.
    listing = client.get(tree.outputs.url).content.decode()
    assert "Internal evaluation" in listing
    assert "card__media--cover" not in listing


def test_a_public_file_still_gives_the_cover_when_another_is_private(client, tree):
    page = OutputPageFactory(
        parent=tree.outputs,
        files__language="en",
        files__document__file__data=make_pdf("Private English"),
    )
    german = OutputFileFactory(
        page=page, language="de", document__file__data=make_pdf("Öffentlich")
    )
    english = page.files.get(language="en").document
    english.collection = restricted_collection()
    english.save()

    page = OutputPage.objects.get(pk=page.pk)

    assert page.cover_image == german.document.cover


def output_post(files, **extra):
    return {
        "title": "Two German files",
        "slug": "two-german-files",
        "output_type": "report",
        "publication_date": "2025-01-01",
        **nested_form_data({"files": inline_formset(files, min=1)}),
        "body-count": "0",
        **extra,
    }


@pytest.mark.parametrize("action", ["action-publish", None])
def test_admin_refuses_two_files_in_the_same_language(admin_client, tree, action):
    """The second would have the same download address and never be reachable;
    a draft is refused too."""
    from tests.conftest import form_errors

    first, second, third = DocumentFactory(), DocumentFactory(), DocumentFactory()
    url = reverse(
        "wagtailadmin_pages:add", args=("resources", "outputpage", tree.outputs.pk)
    )
    files = [
        {"document": first.pk, "language": "de"},
        {"document": second.pk, "language": "en"},
        {"document": third.pk, "language": "de"},
    ]

    response = admin_client.post(
        url, output_post(files, **({action: action} if action else {}))
    )

    assert response.status_code == 200
    assert not OutputPage.objects.filter(slug="two-german-files").exists()
    assert form_errors(response) == {
        "files-2": {
            "language": [
                "There is already a file in Deutsch (de) above: an output has one "
                "file per language. Remove one of them, or choose the language this "
                "file is in."
            ]
        }
    }
    assert "There is already a file in Deutsch (de) above" in response.content.decode()


def test_removing_the_duplicate_lets_the_output_be_saved(create_in_admin, tree):
    first, second = DocumentFactory(), DocumentFactory()

    page = create_in_admin(
        tree.outputs,
        OutputPage,
        output_post(
            [
                {"document": first.pk, "language": "de"},
                {"document": second.pk, "language": "de", "DELETE": "1"},
            ]
        ),
    )

    assert [(f.document_id, f.language) for f in page.files.all()] == [(first.pk, "de")]


def test_editing_an_output_into_two_files_in_one_language_is_refused(
    admin_client, tree
):
    page = OutputPageFactory(parent=tree.outputs, files__language="en")
    german = OutputFileFactory(page=page, language="de")
    english = page.files.get(language="en")
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    data = output_post(
        [
            {"id": english.pk, "document": english.document_id, "language": "en"},
            {"id": german.pk, "document": german.document_id, "language": "en"},
        ],
        title=page.title,
        slug=page.slug,
        **{"action-publish": "action-publish"},
    )

    response = admin_client.post(url, data)

    assert response.status_code == 200
    assert "language" in response.context["form"].formsets["files"].errors[1]
    assert sorted(page.files.values_list("language", flat=True)) == ["de", "en"]
