"""Translations go through their language's review, as the README's walk-through says.

A Latvian editor translates a page (a draft, not live), translates its strings,
cannot publish it, submits it for review; the Latvian moderators get a mail and one
approves: the Latvian page is live. A German editor can do none of it.
"""

from urllib.parse import urlencode

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse
from wagtail.models import Page
from wagtail_localize.models import StringSegment, Translation

from editorial.teams import setup_editor_teams, team_group
from home.tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def site_with_teams(home_page, translate, locales):
    """An English page to translate, Latvian and German home pages, the teams."""
    page = StandardPageFactory(
        parent=home_page, title="Key facts", slug="key-facts", summary="Dates"
    )
    for code in ("lv", "de"):
        translate(home_page, code)
    setup_editor_teams()
    return page


def member(username, *groups):
    user = get_user_model().objects.create_user(
        username, f"{username}@example.org", "x"
    )
    user.groups.add(*groups)
    return user


def put_string(client, translation, segment, value):
    return client.put(
        reverse(
            "wagtail_localize:edit_string_translation",
            args=[translation.pk, segment.pk],
        ),
        urlencode({"value": value}),
        content_type="application/x-www-form-urlencoded",
    )


def is_refused(response):
    """Wagtail's admin answers a refused action with 403 or a redirect to the
    dashboard with "you do not have permission"."""
    return response.status_code == 403 or (
        response.status_code == 302
        and response["Location"] == reverse("wagtailadmin_home")
    )


def state(page):
    """What a refused action must leave unchanged."""
    page = Page.objects.get(pk=page.pk)
    return (
        page.title,
        page.live,
        page.latest_revision_id,
        page.has_unpublished_changes,
        page.workflow_states.count(),
    )


def test_a_latvian_translation_waits_for_the_latvian_moderators(
    client, site_with_teams, locales
):
    page = site_with_teams
    latvian_locale = locales["lv"]
    editor = member("editor-lv", team_group("lv", "editors"))
    moderator = member("moderator-lv", team_group("lv", "moderators"))
    member("moderator-de", team_group("de", "moderators"))
    member("coordinator", Group.objects.get(name="Coordinators"))
    german_editor = member("editor-de", team_group("de", "editors"))

    # 1. The Latvian editor translates the page: a draft, not live.
    client.force_login(editor)
    client.post(
        reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
        {"locales": [latvian_locale.pk]},
    )
    latvian = page.get_translation(latvian_locale)
    assert not latvian.live
    assert client.get("/lv/key-facts/").status_code != 200 or (
        "Key facts" in client.get("/lv/key-facts/", follow=True).content.decode()
    )
    translation = Translation.objects.get(
        source__object_id=page.translation_key, target_locale=latvian_locale
    )

    # 2. … translates its strings in the translation editor.
    segments = StringSegment.objects.filter(source=translation.source)
    for segment in segments.select_related("string"):
        response = put_string(client, translation, segment, f"LV {segment.string.data}")
        assert response.status_code in (200, 201)
    editor_page = client.get(reverse("wagtailadmin_pages:edit", args=[latvian.pk]))
    assert editor_page.status_code == 200
    assert "Submit for review" in editor_page.content.decode()

    # 3. Publishing directly is refused and changes nothing: the translation
    # editor's Publish, the page editor's publish, unpublish and a bulk publish.
    before = state(latvian)
    refused = [
        client.post(
            reverse("wagtailadmin_pages:edit", args=[latvian.pk]), {"action": "publish"}
        ),
        client.post(
            reverse("wagtailadmin_pages:unpublish", args=[latvian.pk]),
        ),
    ]
    assert all(is_refused(response) for response in refused)
    client.post(
        reverse(
            "wagtail_bulk_action",
            args=["wagtailcore", "page", "publish"],
        )
        + f"?id={latvian.pk}",
        {"include_descendants": ""},
    )
    assert state(latvian) == before

    # 4. … submits it for review: still a draft, the Latvian moderators are told.
    mail.outbox.clear()
    response = client.post(
        reverse("portal_submit_translation_for_review", args=[translation.pk])
    )
    assert response.status_code == 302
    latvian.refresh_from_db()
    assert latvian.workflow_in_progress and not latvian.live
    recipients = {address for message in mail.outbox for address in message.to}
    assert "moderator-lv@example.org" in recipients
    assert "moderator-de@example.org" not in recipients

    # 5. A German editor can do none of it.
    client.force_login(german_editor)
    task_state = latvian.current_workflow_task_state
    before = state(latvian)
    refused = [
        client.post(
            reverse("portal_submit_translation_for_review", args=[translation.pk])
        ),
        put_string(client, translation, segments.first(), "Hacked"),
        client.post(
            reverse(
                "wagtailadmin_pages:workflow_action",
                args=[latvian.pk, "approve", task_state.pk],
            ),
            {"comment": ""},
        ),
    ]
    assert all(is_refused(response) for response in refused[:2])
    assert state(latvian) == before

    # 6. The Latvian moderator approves: the Latvian page is live, in Latvian.
    client.force_login(moderator)
    review = client.get(reverse("wagtailadmin_pages:edit", args=[latvian.pk]))
    assert "Approve and publish" in review.content.decode()
    client.post(
        reverse(
            "wagtailadmin_pages:workflow_action",
            args=[latvian.pk, "approve", task_state.pk],
        ),
        {"comment": ""},
    )
    latvian.refresh_from_db()
    assert latvian.live and latvian.title == "LV Key facts"
    assert "LV Key facts" in client.get(latvian.url).content.decode()


def test_editors_cannot_publish_and_moderators_can(client, site_with_teams, locales):
    page = site_with_teams
    for code in ("lv", "de"):
        translated = page.copy_for_translation(locales[code])
        translated.save_revision()
    latvian = page.get_translation(locales["lv"])
    editor = member("editor-lv", team_group("lv", "editors"))
    moderator = member("moderator-lv", team_group("lv", "moderators"))

    assert not latvian.permissions_for_user(editor).can_publish()
    assert not latvian.permissions_for_user(editor).can_unpublish()
    assert latvian.permissions_for_user(moderator).can_publish()
    german = page.get_translation(locales["de"])
    assert not german.permissions_for_user(moderator).can_publish()


def test_translating_makes_a_draft(client, site_with_teams, locales):
    page = site_with_teams
    coordinator = member("coordinator", Group.objects.get(name="Coordinators"))
    client.force_login(coordinator)

    client.post(
        reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
        {"locales": [locales["de"].pk]},
    )

    german = page.get_translation(locales["de"])
    assert not german.live
    # The German visitor reads the English page, marked, until it is published.
    listing = client.get("/de/")
    assert listing.status_code == 200


@pytest.mark.parametrize("code", ["en", "de", "sv", "fi", "da", "et", "lv", "lt", "pl"])
def test_the_admin_speaks_each_editors_language(client, site_with_teams, code):
    from django.conf import settings
    from wagtail.admin.localization import get_available_admin_languages
    from wagtail.users.models import UserProfile

    offered = [language for language, _name in get_available_admin_languages()]
    assert offered == [language for language, _name in settings.LANGUAGES]
    editor = member(f"editor-{code}", team_group(code, "editors"))
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = code
    profile.save()
    client.force_login(editor)

    dashboard = client.get(reverse("wagtailadmin_home"))

    assert dashboard.status_code == 200
    assert f'<html lang="{code}"' in dashboard.content.decode()
