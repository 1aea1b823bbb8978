"""Text read from the outputs' PDFs at upload is searchable in the file's language."""

import pytest
from django.core.files.base import ContentFile

from home.tests.factories import DocumentFactory, make_pdf
from resources.tests.factories import OutputFileFactory, OutputPageFactory

pytestmark = pytest.mark.django_db

ENGLISH_ONLY = "Heliotrope minibuses reach every hamlet"
GERMAN_ONLY = "Verlässliche Nähe statt ferner Zuständigkeiten"


@pytest.fixture
def output(tree, translate):
    """An output with an English and a German PDF, and its German translation."""
    page = OutputPageFactory(
        parent=tree.outputs,
        title="Policy recommendations",
        files__language="en",
        files__document__file__data=make_pdf("Introduction", ENGLISH_ONLY),
    )
    OutputFileFactory(
        page=page,
        language="de",
        document=DocumentFactory(file__data=make_pdf(GERMAN_ONLY)),
    )
    page.save_revision().publish()  # as the editor saves the page with its files
    german = translate(page, "de", title="Handlungsempfehlungen")
    return page, german


def hits(client, language, query, **params):
    response = client.get(f"/{language}/search/", {"q": query, **params})
    assert response.status_code == 200
    return response


def test_phrase_only_in_the_pdf_finds_the_output(client, output):
    english, _german = output

    response = hits(client, "en", "heliotrope minibuses")

    assert [hit.page.pk for hit in response.context["hits"]] == [english.pk]
    assert "<mark>Heliotrope</mark> <mark>minibuses</mark> reach every hamlet" in (
        response.content.decode()
    )


def test_german_pdf_text_is_found_on_the_german_page(client, output):
    english, german = output

    in_german = hits(client, "de", f'"{GERMAN_ONLY}"')
    in_english = hits(client, "en", f'"{GERMAN_ONLY}"')
    everywhere = hits(client, "en", f'"{GERMAN_ONLY}"', all="1")

    assert [hit.page.pk for hit in in_german.context["hits"]] == [german.pk]
    # Each language version carries its own language's PDF text.
    assert in_english.context["total"] == 0
    assert [hit.page.pk for hit in everywhere.context["hits"]] == [german.pk]
    assert english.pk not in [hit.page.pk for hit in in_german.context["hits"]]


def test_pdf_text_is_not_searchable_in_the_wrong_language(client, output):
    response = hits(client, "de", "heliotrope")

    assert response.context["total"] == 0


def test_replacing_a_pdf_makes_its_new_text_searchable(client, output):
    english, _german = output
    document = english.files.get(language="en").document

    document.file.save(
        "replaced.pdf",
        ContentFile(make_pdf("Second edition", "Cinnabar ferries cross the lagoon")),
        save=False,
    )
    document.save()

    assert hits(client, "en", "cinnabar ferries").context["total"] == 1
    assert hits(client, "en", "heliotrope minibuses").context["total"] == 0


def test_text_of_a_pdf_made_private_stops_being_found(client, output):
    from wagtail.models import Collection, CollectionViewRestriction

    english, _german = output
    document = english.files.get(language="en").document
    private = Collection.get_first_root_node().add_child(name="Partners only")
    document.collection = private
    document.save()
    assert hits(client, "en", "heliotrope minibuses").context["total"] == 1

    restriction = CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    assert hits(client, "en", "heliotrope minibuses").context["total"] == 0

    restriction.delete()
    assert hits(client, "en", "heliotrope minibuses").context["total"] == 1
