"""The admin as a Latvian editor uses it: in Latvian, and loading nothing from another host.

A Latvian editor logs in, opens the dashboard, the page explorer, the translation
editor of a page they translate, the translation overview and their account; every
request the browser makes goes to the site itself (no Gravatar, no remote fonts or
scripts), and the admin speaks Latvian.
"""

from urllib.parse import urlsplit

from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import Locale
from wagtail.users.models import UserProfile
from wagtail_localize.models import Translation
from wagtail_localize.operations import translate_object

from editorial.teams import setup_editor_teams, team_group

PASSWORD = "latvian-editor-password"  # noqa: S105 (a test user's)


def latvian_editor():
    user = get_user_model().objects.create_user(
        "editor-lv", "editor-lv@example.org", PASSWORD
    )
    user.groups.add(team_group("lv", "editors"))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "lv"
    profile.save()
    return user


def log_in(visit, username, password):
    visit.go(reverse("wagtailadmin_login"))
    visit.page.fill("input[name=username]", username)
    visit.page.fill("input[name=password]", password)
    visit.page.click("button[type=submit]")
    visit.page.wait_for_load_state("load")


def test_the_admin_speaks_latvian_and_loads_nothing_from_another_host(visit, pages):
    latvian = Locale.objects.get(language_code="lv")
    translate_object(pages.home, [latvian])
    translate_object(pages.about, [latvian])
    setup_editor_teams()
    latvian_editor()
    translation = Translation.objects.get(
        source__object_id=pages.about.translation_key, target_locale=latvian
    )
    latvian_about = pages.about.get_translation(latvian)

    log_in(visit, "editor-lv", PASSWORD)
    visited = {}
    for path in (
        reverse("wagtailadmin_home"),
        reverse("wagtailadmin_explore", args=[latvian_about.get_parent().pk]),
        reverse("wagtailadmin_pages:edit", args=[latvian_about.pk]),
        reverse("translation_overview"),
        reverse("wagtailadmin_account"),
    ):
        response = visit.go(path)
        visited[path] = (
            response.status,
            visit.page.locator("html").get_attribute("lang"),
        )

    own = urlsplit(visit.base_url).netloc
    elsewhere = sorted(
        url
        for url in visit.requests
        if urlsplit(url).scheme in {"http", "https"} and urlsplit(url).netloc != own
    )
    assert elsewhere == []
    assert {status for status, _lang in visited.values()} == {200}, visited
    assert {lang for _status, lang in visited.values()} == {"lv"}, visited
    # The translation editor offers the review, in Latvian, not "Publish".
    visit.go(reverse("wagtailadmin_pages:edit", args=[latvian_about.pk]))
    assert visit.page.locator(".portal-review button").count() == 1
    assert translation.enabled
