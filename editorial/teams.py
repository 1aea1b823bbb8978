"""Editor teams: one group of editors and one of moderators per language, and
coordinators for all of them. Wagtail's page and collection permissions draw the
boundary of each team; locale_guard closes what those permissions do not cover."""

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
    TranslatableMixin,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)
from wagtail.snippets.models import get_snippet_models

from home.languages import language_name
from home.models import HomePage

from .models import EditorTeam

# Names of a language's groups, workflow and review task, written in that language
# (its editors read them in their admin), with the language's own name after them.
NAMES = {
    "editors": _("Editors · %(language)s"),
    "moderators": _("Moderators · %(language)s"),
    "workflow": _("Review · %(language)s"),
}
# The English names the teams had before they were named in their own language.
FORMER_NAMES = {
    "editors": ["Editors · {name}"],
    "moderators": ["Moderators · {name}", "Approve · {name}"],
    "workflow": ["Approval · {name}", "Review · {name}"],
}

# Editors write, translate and submit for review; publishing (and so unpublishing,
# scheduling and reverting to a published revision) is the moderators' and the
# coordinators' part.
EDITOR_PAGE_PERMISSIONS = [
    "add_page",
    "change_page",
    "lock_page",
    "unlock_page",
]
MODERATOR_PAGE_PERMISSIONS = [*EDITOR_PAGE_PERMISSIONS, "publish_page"]
COORDINATOR_PAGE_PERMISSIONS = [*MODERATOR_PAGE_PERMISSIONS, "bulk_delete_page"]
MEDIA_ACTIONS = ["add", "change", "delete", "choose"]
SHARED_COLLECTION = "Shared"


def translatable_snippet_models():
    """The translatable snippets (countries, themes, footer texts…) that country teams
    translate: every registered snippet model with TranslatableMixin."""
    return [
        model for model in get_snippet_models() if issubclass(model, TranslatableMixin)
    ]


def allowed_locale_ids(user):
    """The ids of the locales a user may change, or None when they may change all."""
    if not user.is_authenticated or not user.is_active:
        return set()
    if user.is_superuser:
        return None
    if not hasattr(user, "_portal_locale_ids"):
        ids = set(
            EditorTeam.objects.filter(group__user=user).values_list(
                "locale_id", flat=True
            )
        )
        user._portal_locale_ids = None if None in ids else ids
    return user._portal_locale_ids


def can_change_locale(user, locale_id):
    """True when the user may create or change content in this locale."""
    allowed = allowed_locale_ids(user)
    return allowed is None or locale_id in allowed


def _permissions(codenames_by_model):
    found = []
    for model, codenames in codenames_by_model:
        content_type = ContentType.objects.get_for_model(model)
        found += Permission.objects.filter(
            content_type=content_type, codename__in=codenames
        )
    return found


def _media_permissions(actions):
    # Wagtail checks media permissions against its base models, even for the custom
    # image model: the codenames are add_image, choose_document, …
    pairs = []
    for model in (Image, Document):
        name = model._meta.model_name
        pairs.append((model, [f"{action}_{name}" for action in actions]))
    return _permissions(pairs)


def _grant_pages(group, page, codenames):
    for permission in Permission.objects.filter(
        content_type__app_label="wagtailcore", codename__in=codenames
    ):
        GroupPagePermission.objects.get_or_create(
            group=group, page=page, permission=permission
        )


def _grant_collection(group, collection, permissions):
    for permission in permissions:
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=collection, permission=permission
        )


def child_collection(parent, name):
    """The collection of this name below parent, created if missing."""
    existing = parent.get_children().filter(name=name).first()
    return existing or parent.add_child(name=name)


def team_name(code, kind):
    """The name of a language's editors, moderators or workflow ("Review ·
    Latviešu"), in that language."""
    with translation.override(code):
        return str(NAMES[kind]) % {"language": language_name(code)}


def team_group(code, kind):
    """A language's group of editors or moderators."""
    return Group.objects.get(name=team_name(code, kind))


def _named(model, code, kind):
    """The object of this kind and language, renamed from a former name if need be."""
    name = team_name(code, kind)
    found = model.objects.filter(name=name).first()
    if found is None:
        former = [
            pattern.format(name=language_name(code)) for pattern in FORMER_NAMES[kind]
        ]
        found = model.objects.filter(name__in=former).first()
        if found is not None:
            found.name = name
            found.save(update_fields=["name"])
    return found or model.objects.create(name=name)


def _review_workflow(code, approvers, home):
    """The language's workflow ("Review · <language>", in that language): its
    moderators (and the coordinators) approve or reject what its editors submit."""
    workflow = _named(Workflow, code, "workflow")
    task = _named(GroupApprovalTask, code, "moderators")
    task.groups.add(*approvers)
    WorkflowTask.objects.get_or_create(
        workflow=workflow, task=task, defaults={"sort_order": 0}
    )
    if home is not None:
        WorkflowPage.objects.update_or_create(
            page=home, defaults={"workflow": workflow}
        )
    return workflow


def setup_editor_teams():
    """Create or complete every team's groups, collections, permissions and workflow.

    Safe to run again: it only adds what is missing (run it after adding a language's
    home page so the team gets its page permissions).
    """
    admin_access = Permission.objects.get(
        content_type__app_label="wagtailadmin", codename="access_admin"
    )
    translate = Permission.objects.get(
        content_type__app_label="wagtail_localize", codename="submit_translation"
    )
    snippet_models = translatable_snippet_models()
    root_collection = Collection.get_first_root_node()
    shared = child_collection(root_collection, SHARED_COLLECTION)
    choose_only = _media_permissions(["choose"])
    own_media = _media_permissions(MEDIA_ACTIONS)

    coordinators, _created = Group.objects.get_or_create(name="Coordinators")
    EditorTeam.objects.update_or_create(group=coordinators, defaults={"locale": None})
    # Coordinators may do everything, so they must sign in with a second factor
    # (wagtail-2fa requires it of users with this permission, superusers included).
    second_factor = Permission.objects.filter(
        content_type__app_label="wagtailadmin", codename="enable_2fa"
    )
    coordinators.permissions.add(
        admin_access,
        translate,
        *second_factor,
        *_permissions(
            [
                (
                    model,
                    [
                        f"{a}_{model._meta.model_name}"
                        for a in ("add", "change", "delete")
                    ],
                )
                for model in snippet_models
            ]
        ),
    )
    _grant_pages(coordinators, Page.get_first_root_node(), COORDINATOR_PAGE_PERMISSIONS)
    _grant_collection(coordinators, root_collection, own_media)

    snippet_permissions = _permissions(
        [
            (model, [f"{a}_{model._meta.model_name}" for a in ("add", "change")])
            for model in snippet_models
        ]
    )
    teams = []
    for code, name in settings.LANGUAGES:
        locale = Locale.objects.filter(language_code=code).first()
        if locale is None:
            continue
        collection = child_collection(root_collection, name)
        home = HomePage.objects.filter(locale=locale, depth=2).first()
        editors = _named(Group, code, "editors")
        moderators = _named(Group, code, "moderators")
        for group, page_permissions in (
            (editors, EDITOR_PAGE_PERMISSIONS),
            (moderators, MODERATOR_PAGE_PERMISSIONS),
        ):
            EditorTeam.objects.update_or_create(
                group=group, defaults={"locale": locale, "collection": collection}
            )
            group.permissions.add(admin_access, translate, *snippet_permissions)
            _grant_collection(group, collection, own_media)
            _grant_collection(group, shared, choose_only)
            if home is not None:
                _grant_pages(group, home, page_permissions)
        # Editors set up before publishing was the moderators' part lose it.
        GroupPagePermission.objects.filter(
            group=editors, permission__codename="publish_page"
        ).delete()
        _review_workflow(code, [moderators, coordinators], home)
        teams.append((code, editors, moderators))
    return teams
