"""Country editor teams: each may change its own language's pages and snippets only.

For every ordered pair of languages (9 × 8 = 72), an editor of the first tries to edit,
publish, unpublish, delete, move, copy into, and translate into the second, to edit the
second's translated snippet, and every wagtail-localize endpoint on the second's
translation: the translation editor's publish, string and override edits, PO download
and upload, disabling, restarting, converting to an alias, submitting for review and
updating from the source. The second language's rows (pages, snippets, translation
records, strings and overrides) must be unchanged. Each language's test also proves
its editor can do the things that are theirs at home.
"""

import io
from urllib.parse import urlencode

import polib
import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django.urls import reverse
from wagtail.models import Locale, Page
from wagtail.test.utils.form_data import nested_form_data, streamfield
from wagtail_localize.models import (
    OverridableSegment,
    SegmentOverride,
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from editorial.teams import setup_editor_teams, team_group, team_name
from home.models import Country, StandardPage
from home.tests.factories import (
    CountryFactory,
    ImageFactory,
    StandardPageFactory,
    make_site,
)
from tests.conftest import translate_page

# Every test works on the database (the module's pages are made once, see nine_trees).
pytestmark = pytest.mark.django_db

LANGUAGES = [code for code, _name in settings.LANGUAGES]
NAMES = dict(settings.LANGUAGES)


@pytest.fixture(scope="module")
def nine_trees(django_db_setup, django_db_blocker):
    """In every language: home, "about" and "team" pages and a translated country.

    English also has an "untranslated" page that no other language has yet. Built
    once for the module, in a transaction rolled back after its last test; each test
    runs in a savepoint inside it, so what one test changes the next does not see.
    """
    with django_db_blocker.unblock(), transaction.atomic():
        locales = {locale.language_code: locale for locale in Locale.objects.all()}
        home_page = make_site().root_page.specific
        about = StandardPageFactory(parent=home_page, title="About", slug="about")
        # Translated with wagtail-localize, for its endpoints; with an image, so that
        # its translation has an overridable segment (the image) too.
        facts = StandardPageFactory(
            parent=home_page, title="Facts", slug="facts", image=ImageFactory()
        )
        team = StandardPageFactory(parent=home_page, title="Team", slug="team")
        StandardPageFactory(parent=home_page, title="Untranslated", slug="untranslated")
        country = CountryFactory(name="Latvia", code="LV")
        facts_source, _created = TranslationSource.get_or_create_from_instance(facts)
        for code in LANGUAGES:
            if code == "en":
                continue
            translate_page(about, code, title=f"About ({code})")
            translate_page(team, code, title=f"Team ({code})")
            translated = country.copy_for_translation(locales[code])
            translated.name = f"Latvia ({code})"
            translated.save()
            translate_page(facts, code, title=f"Facts ({code})")
            Translation.objects.create(source=facts_source, target_locale=locales[code])
        setup_editor_teams()
        yield locales
        transaction.set_rollback(True)


def editor_of(code):
    user = get_user_model().objects.create_user(f"editor-{code}", password="x")
    user.groups.add(team_group(code, "editors"))
    return user


def page_in(locales, code, slug):
    return StandardPage.objects.get(locale=locales[code], slug__startswith=slug)


def home_in(locales, code):
    return Page.objects.get(locale=locales[code], depth=2)


def snapshot(locale):
    """Every row of a language that an editor's action could change: its pages,
    snippets, translation records, translated strings and overrides."""
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
    translations = list(
        Translation.objects.filter(target_locale=locale)
        .order_by("pk")
        .values_list("pk", "enabled", "source__last_updated_at")
    )
    strings = list(
        StringTranslation.objects.filter(locale=locale)
        .order_by("pk")
        .values_list("pk", "data")
    )
    overrides = list(
        SegmentOverride.objects.filter(locale=locale)
        .order_by("pk")
        .values_list("pk", "data_json")
    )
    sources = list(
        TranslationSource.objects.filter(locale=locale)
        .order_by("pk")
        .values_list("pk", "last_updated_at")
    )
    return pages, countries, translations, strings, overrides, sources


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
    attempt_localize_endpoints(
        client, locales, actor, target, page_in(locales, target, "facts")
    )


def attempt_localize_endpoints(client, locales, actor, target, facts):
    """Every wagtail-localize endpoint on the target language's translation of Facts
    (on the English source: updating its translations from it)."""
    localize = "wagtail_localize"
    if target == "en":
        source = TranslationSource.objects.get(object_id=facts.translation_key)
        client.post(
            reverse(f"{localize}:update_translations", args=[source.pk]),
            {"publish_translations": "on"},
        )
        return
    translation = Translation.objects.get(
        source__object_id=facts.translation_key, target_locale=locales[target]
    )
    source = translation.source
    segment = StringSegment.objects.filter(source=source).first()
    override = OverridableSegment.objects.filter(source=source).first()
    assert override is not None
    edit = reverse("wagtailadmin_pages:edit", args=[facts.pk])
    client.post(edit, {"action": "publish"})
    client.put(
        reverse(
            f"{localize}:edit_string_translation", args=[translation.pk, segment.pk]
        ),
        urlencode({"value": "Hacked"}),
        content_type="application/x-www-form-urlencoded",
    )
    if override is not None:
        client.put(
            reverse(f"{localize}:edit_override", args=[translation.pk, override.pk]),
            urlencode({"value": "1"}),
            content_type="application/x-www-form-urlencoded",
        )
    download = client.get(reverse(f"{localize}:download_pofile", args=[translation.pk]))
    assert download.status_code != 200, (actor, target, "PO download")
    catalogue = polib.POFile()
    catalogue.metadata = {"X-WagtailLocalize-TranslationID": str(translation.uuid)}
    catalogue.append(polib.POEntry(msgid=segment.string.data, msgstr="Hacked"))
    upload = io.BytesIO(str(catalogue).encode())
    upload.name = "facts.po"
    client.post(
        reverse(f"{localize}:upload_pofile", args=[translation.pk]),
        {"file": upload, "next": "/admin/"},
    )
    client.post(reverse("portal_submit_translation_for_review", args=[translation.pk]))
    client.post(reverse(f"{localize}:stop_translation", args=[translation.pk]))
    client.post(edit, {"localize-restart-translation": "1"})
    client.post(reverse(f"{localize}:convert_to_alias", args=[facts.pk]))
    if actor != "en":
        # Updating from the source is the source language's (and coordinators').
        client.post(
            reverse(f"{localize}:update_translations", args=[source.pk]),
            {"publish_translations": "on"},
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


def moderator_of(code):
    user = get_user_model().objects.create_user(f"moderator-{code}", password="x")
    user.groups.add(team_group(code, "moderators"))
    return user


@pytest.mark.parametrize("actor", LANGUAGES)
def test_an_editor_can_do_everything_in_their_own_language(client, nine_trees, actor):
    """Everything but publishing and unpublishing, which are the moderators' part."""
    locales = nine_trees
    locale = locales[actor]
    editor, moderator = editor_of(actor), moderator_of(actor)
    client.force_login(editor)
    pages = "wagtailadmin_pages"
    about = page_in(locales, actor, "about")
    team = page_in(locales, actor, "team")
    home = home_in(locales, actor)
    title = about.title

    client.post(
        reverse(f"{pages}:edit", args=[about.pk]),
        {**edit_data(about, "Renamed"), "action-publish": "action-publish"},
    )
    about.refresh_from_db()
    # The editor's publish is refused: at most a draft, the live page unchanged.
    assert (about.title, about.live) == (title, True)
    client.post(
        reverse(f"{pages}:unpublish", args=[about.pk]), {"include_descendants": ""}
    )
    about.refresh_from_db()
    assert about.live

    client.force_login(moderator)
    response = client.post(
        reverse(f"{pages}:edit", args=[about.pk]),
        {**edit_data(about, "Renamed"), "action-publish": "action-publish"},
    )
    assert response.status_code == 302
    about.refresh_from_db()
    assert (about.title, about.live) == ("Renamed", True)
    client.force_login(editor)

    # Moving a live page changes the published site: the moderators' part too.
    client.post(reverse(f"{pages}:move_confirm", args=[team.pk, about.pk]))
    team.refresh_from_db()
    assert team.get_parent().pk == home.pk
    client.force_login(moderator)
    client.post(reverse(f"{pages}:move_confirm", args=[team.pk, about.pk]))
    team.refresh_from_db()
    assert team.get_parent().pk == about.pk
    client.force_login(editor)

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

    client.force_login(moderator)
    client.post(
        reverse(f"{pages}:unpublish", args=[about.pk]), {"include_descendants": ""}
    )
    about.refresh_from_db()
    assert not about.live
    client.force_login(editor)

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
    assert (
        Group.objects.filter(
            name__in=[team_name(code, "editors") for code in LANGUAGES]
        ).count()
        == 9
    )


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


@pytest.mark.parametrize("actor", [code for code in LANGUAGES if code != "en"])
def test_source_operations_are_refused_on_the_editors_own_translation(
    client, nine_trees, actor
):
    """Converting a translation back to an alias of its source, restarting it from the
    source or updating it from the source belong to the source's editors and the
    coordinators, even on the editor's own language's page."""
    locales = nine_trees
    facts = page_in(locales, actor, "facts")
    translation = Translation.objects.get(
        source__object_id=facts.translation_key, target_locale=locales[actor]
    )
    translation.enabled = False  # as after "Stop translation": restart is offered
    translation.save()
    client.force_login(editor_of(actor))
    before = snapshot(locales[actor])

    client.post(
        reverse("wagtailadmin_pages:edit", args=[facts.pk]),
        {"localize-restart-translation": "1"},
    )
    client.post(reverse("wagtail_localize:convert_to_alias", args=[facts.pk]))
    client.post(
        reverse("wagtail_localize:update_translations", args=[translation.source.pk]),
        {"publish_translations": "on"},
    )

    assert snapshot(locales[actor]) == before
    assert not Page.objects.get(pk=facts.pk).alias_of_id


def test_the_source_languages_editor_updates_translations_from_the_source(
    client, nine_trees
):
    locales = nine_trees
    facts = page_in(locales, "en", "facts")
    source = TranslationSource.objects.get(object_id=facts.translation_key)
    facts.title = "Facts and figures"
    facts.save_revision().publish()
    client.force_login(editor_of("en"))

    client.post(reverse("wagtail_localize:update_translations", args=[source.pk]), {})

    source.refresh_from_db()
    assert "Facts and figures" in source.content_json
