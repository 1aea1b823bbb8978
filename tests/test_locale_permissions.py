"""Country editor teams: each may change its own language's pages and snippets only.

For every ordered pair of languages (9 × 8 = 72), an editor of the first tries to edit,
publish, unpublish, delete, move, copy into, and translate into the second, and to edit
the second's translated snippet; the second language's rows must be unchanged. Each
language's test also proves its editor can do those things at home.
"""

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, streamfield

from home.models import Country, StandardPage
from home.teams import setup_editor_teams
from home.tests.factories import CountryFactory, StandardPageFactory

LANGUAGES = [code for code, _name in settings.LANGUAGES]
NAMES = dict(settings.LANGUAGES)


@pytest.fixture
def nine_trees(home_page, locales, translate):
    """In every language: home, "about" and "team" pages and a translated country.

    English also has an "untranslated" page that no other language has yet.
    """
    about = StandardPageFactory(parent=home_page, title="About", slug="about")
    team = StandardPageFactory(parent=home_page, title="Team", slug="team")
    StandardPageFactory(parent=home_page, title="Untranslated", slug="untranslated")
    country = CountryFactory(name="Latvia", code="LV")
    for code in LANGUAGES:
        if code == "en":
            continue
        translate(about, code, title=f"About ({code})")
        translate(team, code, title=f"Team ({code})")
        translated = country.copy_for_translation(locales[code])
        translated.name = f"Latvia ({code})"
        translated.save()
    setup_editor_teams()
    return locales


def editor_of(code):
    user = get_user_model().objects.create_user(f"editor-{code}", password="x")
    user.groups.add(Group.objects.get(name=f"Editors · {NAMES[code]}"))
    return user


def page_in(locales, code, slug):
    return StandardPage.objects.get(locale=locales[code], slug__startswith=slug)


def home_in(locales, code):
    return Page.objects.get(locale=locales[code], depth=2)


def snapshot(locale):
    """Every row of a language that an editor's action could change."""
    pages = list(
        Page.objects.filter(locale=locale)
        .order_by("pk")
        .values_list(
            "pk",
            "path",
            "title",
            "draft_title",
            "live",
            "latest_revision_id",
            "has_unpublished_changes",
            "locked",
        )
    )
    countries = list(
        Country.objects.filter(locale=locale)
        .order_by("pk")
        .values_list("pk", "name", "slug")
    )
    return pages, countries


def edit_data(page, title):
    return {
        "title": title,
        "slug": page.slug,
        "summary": page.summary,
        **nested_form_data({"body": streamfield([])}),
    }


def attempt_everything(client, locales, actor, target):
    """Run every action of `actor`'s editor against language `target`'s content."""
    about = page_in(locales, target, "about")
    team = page_in(locales, target, "team")
    home = home_in(locales, target)
    own_team = page_in(locales, actor, "team") if actor != "en" else None
    actor_home = home_in(locales, actor)
    pages = "wagtailadmin_pages"
    client.post(reverse(f"{pages}:edit", args=[about.pk]), edit_data(about, "Hacked"))
    client.post(
        reverse(f"{pages}:edit", args=[about.pk]),
        {**edit_data(about, "Hacked"), "action-publish": "action-publish"},
    )
    client.post(reverse(f"{pages}:unpublish", args=[team.pk]))
    client.post(reverse(f"{pages}:delete", args=[team.pk]))
    client.post(reverse(f"{pages}:move_confirm", args=[about.pk, actor_home.pk]))
    if own_team is not None:
        client.post(reverse(f"{pages}:move_confirm", args=[own_team.pk, home.pk]))
    client.post(
        reverse(f"{pages}:copy", args=[actor_home.get_children().first().pk]),
        {
            "new_title": "Copied in",
            "new_slug": "copied-in",
            "new_parent_page": home.pk,
            "publish_copies": "on",
        },
    )
    untranslated = StandardPage.objects.get(locale=locales["en"], slug="untranslated")
    client.post(
        reverse("wagtail_localize:submit_page_translation", args=[untranslated.pk]),
        {"locales": [locales[target].pk]},
    )
    country = Country.objects.get(locale=locales[target])
    client.post(
        reverse("wagtailsnippets_home_country:edit", args=[country.pk]),
        {"name": "Hacked", "code": "LV", "slug": country.slug},
    )
    client.post(
        reverse("wagtailsnippets_home_country:add") + f"?locale={target}",
        {"name": "Invented", "code": "XX", "slug": "invented", "locale": target},
    )


@pytest.mark.parametrize("actor", LANGUAGES)
def test_an_editor_changes_nothing_in_the_other_eight_languages(
    client, nine_trees, actor
):
    locales = nine_trees
    client.force_login(editor_of(actor))
    changed = []
    for target in LANGUAGES:
        if target == actor:
            continue
        before = snapshot(locales[target])
        attempt_everything(client, locales, actor, target)
        after = snapshot(locales[target])
        if before != after:
            changed.append(target)
    assert changed == [], f"the {actor} editor changed content in {changed}"


@pytest.mark.parametrize("actor", LANGUAGES)
def test_an_editor_can_do_everything_in_their_own_language(client, nine_trees, actor):
    locales = nine_trees
    locale = locales[actor]
    client.force_login(editor_of(actor))
    pages = "wagtailadmin_pages"
    about = page_in(locales, actor, "about")
    team = page_in(locales, actor, "team")
    home = home_in(locales, actor)

    response = client.post(
        reverse(f"{pages}:edit", args=[about.pk]),
        {**edit_data(about, "Renamed"), "action-publish": "action-publish"},
    )
    assert response.status_code == 302
    about.refresh_from_db()
    assert (about.title, about.live) == ("Renamed", True)

    client.post(reverse(f"{pages}:move_confirm", args=[team.pk, about.pk]))
    team.refresh_from_db()
    assert team.get_parent().pk == about.pk

    created = client.post(
        reverse(f"{pages}:add", args=["home", "standardpage", home.pk]),
        {**edit_data(about, "Created"), "slug": "created"},
    )
    assert created.status_code == 302
    assert StandardPage.objects.filter(locale=locale, slug="created").exists()

    client.post(
        reverse(f"{pages}:edit", args=[team.pk]),
        {**edit_data(team, "For approval"), "action-submit": "action-submit"},
    )
    team.refresh_from_db()
    assert team.workflow_in_progress

    client.post(
        reverse(f"{pages}:copy", args=[about.pk]),
        {"new_title": "Copy", "new_slug": "copy", "new_parent_page": home.pk},
    )
    copy = StandardPage.objects.get(locale=locale, slug="copy")

    client.post(
        reverse(f"{pages}:unpublish", args=[about.pk]), {"include_descendants": ""}
    )
    about.refresh_from_db()
    assert not about.live

    client.post(reverse(f"{pages}:delete", args=[copy.pk]))
    assert not StandardPage.objects.filter(pk=copy.pk).exists()

    country = Country.objects.get(locale=locale)
    response = client.post(
        reverse("wagtailsnippets_home_country:edit", args=[country.pk]),
        {"name": f"Latvia in {actor}", "code": "LV", "slug": country.slug},
    )
    country.refresh_from_db()
    if actor == "en":
        # The English term is the source that pages point at; its editors change it.
        assert country.name == "Latvia in en"
        return
    assert country.name == f"Latvia in {actor}", response.status_code

    untranslated = StandardPage.objects.get(locale=locales["en"], slug="untranslated")
    client.post(
        reverse("wagtail_localize:submit_page_translation", args=[untranslated.pk]),
        {"locales": [locale.pk]},
    )
    assert untranslated.get_translation_or_none(locale) is not None


def test_translate_form_offers_only_the_editors_language(client, nine_trees):
    locales = nine_trees
    client.force_login(editor_of("lv"))
    untranslated = StandardPage.objects.get(locale=locales["en"], slug="untranslated")

    response = client.get(
        reverse("wagtail_localize:submit_page_translation", args=[untranslated.pk])
    )

    offered = list(response.context["form"].fields["locales"].queryset)
    assert offered == [locales["lv"]]


def test_a_translated_snippet_is_refused_to_another_countrys_editor(client, nine_trees):
    locales = nine_trees
    client.force_login(editor_of("de"))
    latvian = Country.objects.get(locale=locales["lv"])

    response = client.get(
        reverse("wagtailsnippets_home_country:edit", args=[latvian.pk])
    )

    assert response.status_code == 403


def test_coordinators_work_in_every_language(client, nine_trees):
    locales = nine_trees
    user = get_user_model().objects.create_user("coordinator", password="x")
    user.groups.add(Group.objects.get(name="Coordinators"))
    client.force_login(user)

    for code in ("de", "lv", "pl"):
        about = page_in(locales, code, "about")
        client.post(
            reverse("wagtailadmin_pages:edit", args=[about.pk]),
            {
                **edit_data(about, f"Coordinated {code}"),
                "action-publish": "action-publish",
            },
        )
        about.refresh_from_db()
        assert about.title == f"Coordinated {code}"


def test_setting_up_the_teams_twice_changes_nothing(nine_trees):
    from wagtail.models import GroupCollectionPermission, GroupPagePermission

    def counts():
        return (
            Group.objects.count(),
            GroupPagePermission.objects.count(),
            GroupCollectionPermission.objects.count(),
        )

    before = counts()
    setup_editor_teams()
    assert counts() == before
    assert Group.objects.filter(name__startswith="Editors · ").count() == 9


def test_snippet_translate_form_offers_only_the_editors_language(client, nine_trees):
    from home.tests.factories import ThemeFactory

    locales = nine_trees
    theme = ThemeFactory(name="Mobility")
    client.force_login(editor_of("et"))
    url = reverse(
        "wagtail_localize:submit_snippet_translation", args=["home", "theme", theme.pk]
    )

    offered = list(client.get(url).context["form"].fields["locales"].queryset)
    client.post(url, {"locales": [locales["lv"].pk]})

    assert offered == [locales["et"]]
    assert theme.get_translation_or_none(locales["lv"]) is None
