"""A translation goes through its language's review, like any other change.

wagtail-localize's translation editor saves each string as the translator types it
and offers "Publish in <language>" to those who may publish; country editors may not
(publishing is the moderators' part), so the editor gets a bar of its own above it:
"Submit for review" saves the translated page as a draft revision and starts the
language's workflow; the moderators see "Approve and publish" or "Request changes"
there, and in Wagtail's own "Awaiting your review" panel.
"""

from django.contrib import messages
from django.core.exceptions import (
    ObjectDoesNotExist,
    PermissionDenied,
    ValidationError,
)
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.models import Page
from wagtail_localize.models import Translation

from editorial.teams import can_change_locale


def target_page(translation):
    """The page a translation writes into, or None (a snippet, or not created yet)."""
    try:
        instance = translation.get_target_instance()
    except ObjectDoesNotExist:
        return None
    return instance.specific if isinstance(instance, Page) else None


def review_state(translation, page, user):
    """What the review bar above the translation editor shows this user."""
    if page is None:
        return None
    permissions = page.permissions_for_user(user)
    workflow = page.get_workflow()
    state = page.current_workflow_state
    task_state = state.current_task_state if state is not None else None
    actions = []
    if task_state is not None:
        task = task_state.task.specific
        for name, label, _needs_form in task.get_actions(page, user):
            if name in {item[0] for item in actions}:
                continue
            actions.append(
                (
                    name,
                    label,
                    reverse(
                        "wagtailadmin_pages:workflow_action",
                        args=[page.pk, name, task_state.pk],
                    ),
                )
            )
    return {
        "workflow": workflow,
        "in_review": state is not None,
        "task": task_state.task if task_state is not None else None,
        "actions": actions,
        "can_submit": (
            workflow is not None
            and state is None
            and permissions.can_edit()
            and not permissions.can_publish()
            and can_change_locale(user, page.locale_id)
        ),
        "submit_url": reverse(
            "portal_submit_translation_for_review", args=[translation.pk]
        ),
    }


@require_POST
def submit_translation_for_review(request, translation_id):
    """Save the translated page as a draft and start its language's workflow."""
    translation = get_object_or_404(Translation, pk=translation_id, enabled=True)
    page = target_page(translation)
    if page is None:
        raise Http404
    permissions = page.permissions_for_user(request.user)
    if not permissions.can_edit() or not can_change_locale(
        request.user, page.locale_id
    ):
        raise PermissionDenied
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    workflow = page.get_workflow()
    if workflow is None:
        messages.error(request, _("This page has no review workflow."))
        return redirect(edit_url)
    if page.current_workflow_state is not None:
        messages.warning(request, _("This page is already waiting for review."))
        return redirect(edit_url)
    try:
        with transaction.atomic():
            translation.save_target(user=request.user, publish=False)
            page.refresh_from_db()
            workflow.start(page, request.user)
    except ValidationError as error:
        messages.error(
            request,
            _("The translation cannot be submitted yet: %(errors)s")
            % {"errors": " ".join(error.messages)},
        )
        return redirect(edit_url)
    messages.success(
        request,
        _("Submitted to “%(workflow)s”: this language's moderators will review it.")
        % {"workflow": workflow.name},
    )
    return redirect(edit_url)
