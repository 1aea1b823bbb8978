"""Translating as a country team: PO files for agencies, media collections, moderation."""

import io

import polib
import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Page
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from editorial.teams import SHARED_COLLECTION, setup_editor_teams, team_name
from home.tests.factories import StandardPageFactory


def member_of(group_name, username):
    user = get_user_model().objects.create_user(username, password="x")
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def german_translation(home_page, locales, django_capture_on_commit_callbacks):
    """An English page translated into German with wagtail-localize, and the teams."""
    page = StandardPageFactory(parent=home_page, title="Key facts", slug="key-facts")
    translations = []
    for instance in (home_page, page):
        source, _ = TranslationSource.get_or_create_from_instance(instance)
        translation = Translation.objects.create(
            source=source, target_locale=locales["de"]
        )
        with django_capture_on_commit_callbacks(execute=True):
            translation.save_target(publish=True)
        translations.append(translation)
    setup_editor_teams()
    return page, translations[1]


@pytest.mark.django_db
def test_a_po_file_goes_out_to_an_agency_and_comes_back(client, german_translation):
    page, translation = german_translation
    client.force_login(member_of(team_name("de", "editors"), "editor-de"))

    exported = client.get(
        reverse("wagtail_localize:download_pofile", args=[translation.pk])
    )
    catalogue = polib.pofile(exported.content.decode())
    for entry in catalogue:
        if entry.msgid == "Key facts":
            entry.msgstr = "Eckdaten"
    upload = io.BytesIO(str(catalogue).encode())
    upload.name = "key-facts-de.po"
    response = client.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.pk]),
        {"file": upload, "next": "/admin/"},
    )

    assert exported.status_code == 200
    assert response.status_code == 302
    assert StringTranslation.objects.filter(
        locale=translation.target_locale, data="Eckdaten"
    ).exists()
    translation.save_target(publish=False)
    german = page.get_translation(translation.target_locale)
    assert german.get_latest_revision_as_object().title == "Eckdaten"


@pytest.mark.django_db
def test_another_countrys_po_file_is_refused(client, german_translation):
    _page, translation = german_translation
    client.force_login(member_of(team_name("lv", "editors"), "editor-lv"))
    catalogue = polib.POFile()
    catalogue.metadata = {"X-WagtailLocalize-TranslationID": str(translation.uuid)}
    catalogue.append(polib.POEntry(msgid="Key facts", msgstr="Galvenie fakti"))
    upload = io.BytesIO(str(catalogue).encode())
    upload.name = "key-facts.po"

    download = client.get(
        reverse("wagtail_localize:download_pofile", args=[translation.pk])
    )
    response = client.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.pk]),
        {"file": upload, "next": "/admin/"},
    )

    assert (download.status_code, response.status_code) == (403, 403)
    assert not StringTranslation.objects.filter(data="Galvenie fakti").exists()


@pytest.mark.django_db
@pytest.mark.parametrize("model_getter", [get_image_model, get_document_model])
def test_editors_use_their_own_collection_and_only_choose_from_shared(
    home_page, model_getter
):
    setup_editor_teams()
    editor = member_of(team_name("de", "editors"), "editor-de")
    policy = _policy(model_getter)
    german = Collection.objects.get(name="Deutsch")
    latvian = Collection.objects.get(name="Latviešu")
    shared = Collection.objects.get(name=SHARED_COLLECTION)

    def collections(action):
        return set(policy.collections_user_has_permission_for(editor, action))

    assert collections("add") == {german}
    assert collections("change") == {german}
    assert collections("choose") == {german, shared}
    assert latvian not in collections("choose")


def _policy(model_getter):
    from wagtail.documents import permissions as documents
    from wagtail.images import permissions as images

    return (images if model_getter is get_image_model else documents).permission_policy


@pytest.mark.django_db
def test_each_language_has_its_own_approval_workflow(home_page, translate):
    for code in ("de", "lv"):
        translate(home_page, code)
    setup_editor_teams()

    for code in ("de", "lv"):
        home = Page.objects.get(depth=2, locale__language_code=code)
        workflow = home.get_workflow()
        approvers = {
            group.name
            for task in workflow.tasks.specific()
            for group in task.groups.all()
        }
        assert workflow.name == team_name(code, "workflow")
        assert approvers == {team_name(code, "moderators"), "Coordinators"}
