"""Moving to the custom document model keeps documents, their ids and the outputs' files."""

import json
import uuid

import pytest
from django.core.files.base import ContentFile
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from home.tests.factories import make_pdf

# serialized_rollback: the rows migrations make come back after an earlier test flushed them.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

BEFORE = [("home", "0003_editor_teams_footer_text"), ("resources", "0001_initial")]
AFTER = [("home", "0006_policymaker_page"), ("resources", "0002_outputs_library")]
# In the state too: revisions and translation sources as they are now.
LOCALIZE = [
    ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    # (app, None) unapplies an app's migrations: it adds nothing to the state.
    return executor.loader.project_state([t for t in targets if t[1]]).apps


@pytest.fixture(autouse=True)
def back_to_the_latest_migrations():
    yield
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())


def test_documents_and_files_survive_the_move_to_the_custom_document_model():
    old = migrate(BEFORE)
    Document = old.get_model("wagtaildocs", "Document")
    Collection = old.get_model("wagtailcore", "Collection")
    Locale = old.get_model("wagtailcore", "Locale")
    ContentType = old.get_model("contenttypes", "ContentType")
    ResourcePage = old.get_model("resources", "ResourcePage")
    ResourceFile = old.get_model("resources", "ResourceFile")

    root = Collection.objects.get(depth=1)
    pdf = make_pdf("Heliotrope minibuses reach every hamlet")
    document = Document(title="Handbook (English)", collection=root, file_size=len(pdf))
    document.file.save("old-handbook.pdf", ContentFile(pdf), save=False)
    document.save()
    Tag = old.get_model("taggit", "Tag")
    TaggedItem = old.get_model("taggit", "TaggedItem")
    old_type, _ = ContentType.objects.get_or_create(
        app_label="wagtaildocs", model="document"
    )
    TaggedItem.objects.create(
        tag=Tag.objects.create(name="Mobility", slug="mobility"),
        content_type=old_type,
        object_id=document.pk,
    )
    later = Document.objects.create(title="Other", collection=root, file="x.pdf")
    english = Locale.objects.get(language_code="en")
    german = Locale.objects.get(language_code="de")
    content_type, _ = ContentType.objects.get_or_create(
        app_label="resources", model="resourcepage"
    )
    key = uuid.uuid4()
    for n, locale in enumerate((english, german)):
        page = ResourcePage.objects.create(
            title="Handbook",
            slug=f"handbook-{n}",
            path=f"0099000{n + 1}",
            depth=2,
            content_type=content_type,
            locale=locale,
            translation_key=key,
            resource_type="handbook",
            publication_date="2025-01-01",
            live=True,
        )
        ResourceFile.objects.create(page=page, document=document, language="en")

    new = migrate(AFTER)

    CustomDocument = new.get_model("home", "CustomDocument")
    moved = CustomDocument.objects.get(pk=document.pk)
    assert moved.title == "Handbook (English)"
    assert moved.file.name == document.file.name
    # Its tags come along; its PDF is read as an upload now is.
    new_type = ContentType.objects.get(app_label="home", model="customdocument")
    tagged = new.get_model("taggit", "TaggedItem").objects.filter(
        content_type_id=new_type.pk, object_id=moved.pk
    )
    assert [item.tag.name for item in tagged] == ["Mobility"]
    assert "Heliotrope minibuses" in moved.text
    assert moved.page_count == 1
    cover = new.get_model("home", "CustomImage").objects.get(pk=moved.cover_id)
    assert cover.width > 0 and cover.file.storage.exists(cover.file.name)
    assert CustomDocument.objects.filter(pk=later.pk).exists()
    files = new.get_model("resources", "ResourceFile").objects.order_by("page_id")
    assert [(f.document_id, f.locale_id) for f in files] == [
        (document.pk, english.pk),
        (document.pk, german.pk),
    ]
    # The English file and its German copy are one translatable object.
    assert files[0].translation_key == files[1].translation_key
    # New documents get ids after the moved ones.
    fresh = CustomDocument.objects.create(
        title="New", collection_id=root.pk, file="n.pdf"
    )
    assert fresh.pk > later.pk


def test_alt_texts_move_to_wagtails_description():
    """One alt text: the project's own field goes, its texts move to ``description``
    (an image that already had a description keeps it)."""
    old = migrate([("home", "0009_site_texts_counted_figures_credit_names")])
    CustomImage = old.get_model("home", "CustomImage")
    Collection = old.get_model("wagtailcore", "Collection")
    root = Collection.objects.get(depth=1)
    fields = {"collection": root, "file": "x.jpg", "width": 10, "height": 10}
    moved = CustomImage.objects.create(title="Bus", alt_text="A bus stop", **fields)
    kept = CustomImage.objects.create(
        title="Map", alt_text="Old alt", description="A map of the region", **fields
    )
    decorative = CustomImage.objects.create(
        title="Texture", alt_text="", is_decorative=True, **fields
    )

    new = migrate([("home", "0010_one_alt_text")])
    CustomImage = new.get_model("home", "CustomImage")

    assert CustomImage.objects.get(pk=moved.pk).description == "A bus stop"
    assert CustomImage.objects.get(pk=kept.pk).description == "A map of the region"
    assert CustomImage.objects.get(pk=decorative.pk).description == ""
    assert "alt_text" not in {f.name for f in CustomImage._meta.get_fields()}


def test_editor_teams_and_their_permissions_stay_when_the_model_moves_to_editorial():
    old = migrate([("home", "0010_one_alt_text"), ("editorial", None)])
    Group = old.get_model("auth", "Group")
    Permission = old.get_model("auth", "Permission")
    ContentType = old.get_model("contenttypes", "ContentType")
    Locale = old.get_model("wagtailcore", "Locale")
    old_team = old.get_model("home", "EditorTeam")
    ContentType.objects.filter(model="editorteam").delete()
    team_type = ContentType.objects.create(app_label="home", model="editorteam")
    permission = Permission.objects.create(
        content_type=team_type, codename="view_editorteam", name="Can view"
    )
    group = Group.objects.create(name="Redaktori · Latviešu")
    group.permissions.add(permission)
    old_team.objects.create(group=group, locale=Locale.objects.get(language_code="lv"))

    new = migrate([("home", "0011_editorteam_moved_to_editorial")])
    team_model = new.get_model("editorial", "EditorTeam")
    team = team_model.objects.get(group__name="Redaktori · Latviešu")
    assert team.locale.language_code == "lv"
    moved = new.get_model("contenttypes", "ContentType").objects.get(pk=team_type.pk)
    assert (moved.app_label, moved.model) == ("editorial", "editorteam")
    assert (
        new.get_model("auth", "Group")
        .objects.get(pk=group.pk)
        .permissions.filter(content_type=moved, codename="view_editorteam")
        .exists()
    )


def test_outputs_keep_their_type_revisions_translations_and_links_under_one_name():
    """ResourcePage becomes OutputPage (resources 0007): the tables and the type's
    column keep their names, and what is stored by field name (revisions, translation
    sources) or by model name (permissions) follows the new names."""
    old = migrate([("resources", "0006_safe_link_addresses"), *LOCALIZE])
    ContentType = old.get_model("contenttypes", "ContentType")
    Locale = old.get_model("wagtailcore", "Locale")
    Permission = old.get_model("auth", "Permission")
    Group = old.get_model("auth", "Group")
    english = Locale.objects.get(language_code="en")
    page_type, _ = ContentType.objects.get_or_create(
        app_label="resources", model="resourcepage"
    )
    base_type = ContentType.objects.get(app_label="wagtailcore", model="page")
    audience = old.get_model("resources", "Audience").objects.create(
        name="Municipalities", locale=english, translation_key=uuid.uuid4()
    )
    page = old.get_model("resources", "ResourcePage").objects.create(
        title="Policy recommendations",
        slug="recommendations",
        path="00990001",
        depth=2,
        content_type=page_type,
        locale=english,
        translation_key=uuid.uuid4(),
        resource_type="policy_recommendations",
        publication_date="2025-01-01",
        live=True,
    )
    # As the database holds it (a historical model's ParentalManyToManyField keeps
    # what is added in memory).
    audiences = page._meta.get_field("audiences").remote_field.through
    audiences.objects.create(resourcepage_id=page.pk, audience_id=audience.pk)
    stored = {"title": page.title, "resource_type": "policy_recommendations"}
    revision = old.get_model("wagtailcore", "Revision").objects.create(
        content_type=page_type,
        base_content_type=base_type,
        object_id=str(page.pk),
        created_at="2025-01-01T00:00:00Z",
        content=stored,
    )
    translatable = old.get_model("wagtail_localize", "TranslatableObject").objects
    source = old.get_model("wagtail_localize", "TranslationSource").objects.create(
        object=translatable.create(
            translation_key=page.translation_key, content_type=base_type
        ),
        specific_content_type=page_type,
        locale=english,
        object_repr=page.title,
        content_json=json.dumps(stored),
        schema_version="0006_safe_link_addresses",
        last_updated_at="2025-01-01T00:00:00Z",
    )
    editors = Group.objects.create(name="Editors · English")
    editors.permissions.add(
        Permission.objects.create(
            content_type=page_type, codename="change_resourcepage", name="Can change"
        )
    )

    new = migrate([("resources", "0007_one_name_output"), *LOCALIZE])

    OutputPage = new.get_model("resources", "OutputPage")
    assert OutputPage._meta.db_table == "resources_resourcepage"
    output = OutputPage.objects.get(pk=page.pk)
    assert output.output_type == "policy_recommendations"
    assert list(output.audiences.values_list("pk", flat=True)) == [audience.pk]
    revision = new.get_model("wagtailcore", "Revision").objects.get(pk=revision.pk)
    assert revision.content == {
        "title": page.title,
        "output_type": "policy_recommendations",
    }
    source = new.get_model("wagtail_localize", "TranslationSource").objects.get(
        pk=source.pk
    )
    assert json.loads(source.content_json)["output_type"] == "policy_recommendations"
    assert source.schema_version == "0007_one_name_output"
    assert list(
        new.get_model("auth", "Group")
        .objects.get(pk=editors.pk)
        .permissions.values_list("codename", flat=True)
    ) == ["change_outputpage"]
    # And back: the older code finds its names again.
    old = migrate([("resources", "0006_safe_link_addresses"), *LOCALIZE])
    revision = old.get_model("wagtailcore", "Revision").objects.get(pk=revision.pk)
    assert revision.content["resource_type"] == "policy_recommendations"
    page = old.get_model("resources", "ResourcePage").objects.get(pk=page.pk)
    assert page.resource_type == "policy_recommendations"
