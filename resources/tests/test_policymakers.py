"""HomePage.for_policymakers: the home page's "For policymakers" box."""

import datetime

import pytest
from django.utils import translation

from resources.tests.factories import (
    OutputFileFactory,
    OutputIndexPageFactory,
    OutputPageFactory,
)

pytestmark = pytest.mark.django_db


def output(parent, title, kind="policy_recommendations", year=2019, **kwargs):
    return OutputPageFactory(
        parent=parent,
        title=title,
        output_type=kind,
        publication_date=datetime.date(year, 5, 1),
        **kwargs,
    )


@pytest.fixture
def recommendations(tree):
    """An old and a new set of recommendations, in English, German and Latvian."""
    output(tree.outputs, "Old recommendations", year=2017)
    newest = output(tree.outputs, "Recommendations", files__language="en")
    for code in ("de", "lv"):
        OutputFileFactory(page=newest, language=code)
    return newest


def test_without_a_choice_the_newest_recommendations(tree, recommendations):
    output(tree.outputs, "Handbook", kind="handbook", year=2024)
    output(tree.outputs, "Draft recommendations", year=2025, live=False)

    box = tree.home.for_policymakers()

    assert box["output"] == recommendations
    assert box["library"] == tree.outputs
    assert [f.language for f in box["files"]] == ["en", "de", "lv"]


def test_the_chosen_output_wins(tree, recommendations):
    handbook = output(tree.outputs, "Handbook", kind="handbook", year=2010)
    tree.home.policymaker_page = handbook
    tree.home.save()

    assert tree.home.for_policymakers()["output"] == handbook


def test_a_chosen_output_that_is_not_live_falls_back(tree, recommendations):
    draft = output(tree.outputs, "Unpublished", kind="roadmap", live=False)
    tree.home.policymaker_page = draft
    tree.home.save()

    assert tree.home.for_policymakers()["output"] == recommendations


def test_another_locale_gets_its_translation_and_files_in_its_language_first(
    tree, recommendations, translate
):
    latvian = translate(recommendations, "lv", title="Ieteikumi")
    latvian_home = latvian.get_parent().get_parent().specific

    with translation.override("lv"):  # as when /lv/ is rendered
        box = latvian_home.for_policymakers()

    assert box["output"] == latvian
    assert box["library"].pk == latvian.get_parent().pk
    assert [f.language for f in box["files"]] == ["lv", "en", "de"]


def test_a_locale_without_a_library_gets_the_english_output_and_library_marked(
    client, tree, recommendations, translate
):
    latvian_home = translate(tree.home, "lv")

    with translation.override("lv"):
        box = latvian_home.for_policymakers()

    assert (box["output"], box["output"].fallback_language) == (recommendations, "en")
    assert (box["library"], box["library"].fallback_language) == (tree.outputs, "en")
    assert [f.language for f in box["files"]] == ["lv", "en", "de"]
    html = client.get(latvian_home.url).content.decode()
    assert f'href="{recommendations.url}?unavailable=lv" hreflang="en"' in html
    assert f'href="{tree.outputs.url}?audience=policymakers" hreflang="en"' in html


def test_a_library_in_the_locale_only_lists_its_own(tree, translate):
    """Recommendations written directly in Latvian are found from the Latvian home;
    the English home has none of its own, so it shows the Latvian ones, marked."""
    latvian_home = translate(tree.home, "lv")
    latvian_library = OutputIndexPageFactory(parent=latvian_home, slug="resursi")
    latvian_only = output(latvian_library, "Ieteikumi", files__language="lv")

    assert latvian_home.for_policymakers()["output"] == latvian_only
    assert latvian_home.for_policymakers()["output"].fallback_language is None
    assert latvian_home.for_policymakers()["library"] == latvian_library
    english_box = tree.home.for_policymakers()
    assert english_box["output"] == latvian_only
    assert english_box["output"].fallback_language == "lv"


def test_no_recommendations_no_box(client, tree):
    output(tree.outputs, "Handbook", kind="handbook")

    assert tree.home.for_policymakers() is None
    assert 'id="policymakers-heading"' not in client.get(tree.home.url).content.decode()
