"""Languages on the public site, and the translation overview for editors."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import Page, get_page_models
from wagtail_localize.models import Translation, TranslationSource

from editorial.reports import DONE, MISSING, STALE, translation_status
from editorial.teams import setup_editor_teams, team_group
from home.tests.factories import CountryFactory, StandardPageFactory
from news.tests.factories import NewsPageFactory
from partners.tests.factories import (
    CaseStoryPageFactory,
    PartnerPageFactory,
)
from tests.conftest import every_page_type


def head_links(html):
    """{hreflang: href} of the alternate links, and the canonical address."""
    alternates = dict(
        re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"', html)
    )
    canonical = re.search(r'<link rel="canonical" href="([^"]+)"', html)
    return alternates, canonical.group(1) if canonical else None


def switcher_links(html):
    nav = re.search(r'<nav class="language-nav".*?</nav>', html, re.S)
    return (
        re.findall(r'<a[^>]*href="([^"]+)"[^>]*lang="([^"]+)"', nav.group(0))
        if nav
        else []
    )


@pytest.mark.django_db
def test_root_redirects_to_the_preferred_language(client, home_page, translate):
    translate(home_page, "de")

    german = client.get("/", HTTP_ACCEPT_LANGUAGE="de-DE,de;q=0.9,en;q=0.5")
    unknown = client.get("/", HTTP_ACCEPT_LANGUAGE="ja")

    assert german.status_code == 302 and german.url == "/de/"
    assert unknown.status_code == 302 and unknown.url == "/en/"


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/xx/", "/xx/news/", "/zz-yy/"])
def test_an_unknown_language_prefix_is_not_found(client, home_page, path):
    response = client.get(path)

    assert response.status_code == 404


@pytest.mark.django_db
def test_lang_canonical_and_hreflang_on_each_page_type(client, tree, translate):
    pages = every_page_type(tree)
    # Every page type the site has (Wagtail's own Page aside).
    assert {type(page) for page in pages.values()} == set(get_page_models()) - {Page}
    for kind, page in pages.items():
        german = translate(page, "de")

        response = client.get(german.url)

        html = response.content.decode()
        alternates, canonical = head_links(html)
        assert response.status_code == 200, kind
        assert '<html lang="de">' in html, kind
        assert canonical == german.full_url, kind
        assert alternates == {
            "en": page.full_url,
            "de": german.full_url,
            "x-default": page.full_url,
        }, kind


@pytest.mark.django_db
def test_the_switcher_never_leads_to_a_missing_page(client, tree, translate):
    page = NewsPageFactory(parent=tree.news, title="Final conference")
    german = translate(page, "de", title="Abschlusskonferenz")

    html = client.get(german.url).content.decode()
    links = {code: href for href, code in switcher_links(html)}

    assert set(links) == {"en", "de", "sv", "fi", "da", "et", "lv", "lt", "pl"}
    assert links["de"] == german.url and links["en"] == page.url
    for code, href in links.items():
        response = client.get(href)
        assert response.status_code == 200, (code, href)
    note = client.get(links["lv"]).content.decode()
    assert '<p class="language-note" role="note" lang="lv">' in note


@pytest.mark.django_db
def test_a_missing_translation_falls_back_to_english_with_a_note(
    client, tree, translate
):
    page = NewsPageFactory(parent=tree.news, slug="riga-conference")
    translate(tree.news, "lv")

    response = client.get(f"/lv/{tree.news.slug}/riga-conference/")

    assert response.status_code == 302
    assert response.url == f"{page.url}?unavailable=lv"
    note = client.get(response.url).content.decode()
    assert 'class="language-note"' in note and 'lang="lv"' in note


@pytest.mark.django_db
def test_a_page_under_a_language_without_a_tree_moves_to_its_own_address(client, tree):
    page = NewsPageFactory(parent=tree.news, slug="kick-off")

    response = client.get(f"/pl/{tree.news.slug}/kick-off/")

    assert response.status_code == 302
    assert response.url == f"{page.url}?unavailable=pl"


@pytest.mark.django_db
def test_snippet_names_show_in_the_page_language(client, tree, translate, locales):
    country = CountryFactory(name="Latvia", code="LV")
    german_country = country.copy_for_translation(locales["de"])
    german_country.name = "Lettland"
    german_country.save()
    partner = PartnerPageFactory(parent=tree.partners, country=country)
    german = translate(partner, "de")

    html = client.get(german.url).content.decode()

    assert "Lettland" in html


@pytest.mark.django_db
def test_filters_are_labelled_in_the_page_language(client, tree, translate, locales):
    country = CountryFactory(name="Latvia", code="LV")
    german_country = country.copy_for_translation(locales["de"])
    german_country.name = "Lettland"
    german_country.save()
    CaseStoryPageFactory(parent=tree.case_stories, country=country)
    german_index = translate(tree.case_stories, "de")

    html = client.get(german_index.url).content.decode()

    assert re.search(r'<option value="latvia"[^>]*>Lettland</option>', html)


def status_of(page, locale):
    for source_page, statuses in translation_status([locale]):
        if source_page.pk == page.pk:
            return statuses[locale.pk][0]
    raise AssertionError("page not in the overview")


@pytest.mark.django_db
def test_editing_the_source_marks_the_translation_out_of_date_until_synced(
    admin_client, home_page, locales, django_capture_on_commit_callbacks
):
    german = locales["de"]
    page = StandardPageFactory(parent=home_page, title="About", slug="about")
    assert status_of(page, german) == MISSING
    source, _ = TranslationSource.get_or_create_from_instance(page)
    for target in (home_page, page):
        target_source, _ = TranslationSource.get_or_create_from_instance(target)
        translation = Translation.objects.create(
            source=target_source, target_locale=german
        )
        with django_capture_on_commit_callbacks(execute=True):
            translation.save_target(publish=True)
    assert status_of(page, german) == DONE

    page.title = "About the project"
    page.save_revision().publish()
    assert status_of(page, german) == STALE

    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            reverse("wagtail_localize:update_translations", args=[source.pk]),
            {"publish_translations": "on"},
        )
    assert response.status_code == 302
    assert status_of(page, german) == DONE


@pytest.mark.django_db
def test_the_overview_shows_editors_their_own_language(client, home_page, translate):
    translate(home_page, "de")
    translate(home_page, "lv")
    setup_editor_teams()
    editor = get_user_model().objects.create_user("editor-lv", password="x")
    editor.groups.add(team_group("lv", "editors"))
    client.force_login(editor)

    response = client.get(reverse("translation_overview"))

    shown = [row["locale"].language_code for row in response.context["summary"]]
    assert response.status_code == 200
    assert shown == ["lv"]


@pytest.mark.django_db
def test_the_overview_is_refused_to_users_outside_the_teams(client, home_page):
    user = get_user_model().objects.create_user("visitor", password="x")
    client.force_login(user)

    response = client.get(reverse("translation_overview"))

    assert response.status_code in (302, 403)
