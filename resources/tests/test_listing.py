"""The outputs library: newest first, filtered by type, paginated."""

import datetime

import pytest
from django.utils import translation

from home.localization import in_language
from home.tests.factories import ThemeFactory
from resources.tests.factories import (
    AudienceFactory,
    OutputFileFactory,
    OutputIndexPageFactory,
    OutputPageFactory,
)
from tests.conftest import shared_context

pytestmark = pytest.mark.django_db


def listed(response):
    assert response.status_code == 200
    return list(shared_context(response)["items"].object_list)


@pytest.fixture
def outputs(tree):
    def output(title, kind, published):
        return OutputPageFactory(
            parent=tree.outputs,
            title=title,
            output_type=kind,
            publication_date=published,
        )

    made = {
        "handbook": output("Handbook", "handbook", datetime.date(2025, 6, 1)),
        "roadmap": output("Roadmap", "roadmap", datetime.date(2025, 9, 1)),
        "training_a": output(
            "A training", "training_module", datetime.date(2025, 3, 1)
        ),
        "training_b": output(
            "B training", "training_module", datetime.date(2025, 3, 1)
        ),
    }
    OutputPageFactory(parent=tree.outputs, live=False)
    OutputPageFactory(parent=OutputIndexPageFactory(parent=tree.home))
    return made


def test_newest_first_then_by_title(client, tree, outputs):
    assert listed(client.get(tree.outputs.url)) == [
        outputs["roadmap"],
        outputs["handbook"],
        outputs["training_a"],
        outputs["training_b"],
    ]


@pytest.mark.parametrize(
    ("kind", "expected"),
    [
        ("handbook", ["handbook"]),
        ("training_module", ["training_a", "training_b"]),
        ("film", []),
    ],
)
def test_filters_by_type(client, tree, outputs, kind, expected):
    items = listed(client.get(tree.outputs.url, {"type": kind}))

    assert items == [outputs[name] for name in expected]


@pytest.mark.parametrize(
    "query",
    [{"type": "novel"}, {"type": "<script>alert(1)</script>"}, {"format": "pdf"}],
)
def test_unknown_type_is_ignored(client, tree, outputs, query):
    response = client.get(tree.outputs.url, query)

    assert len(listed(response)) == len(outputs)
    assert "<script>alert(1)</script>" not in response.content.decode()


def test_pagination(client, tree, outputs, settings):
    settings.PORTAL_PAGE_SIZE = 3

    assert len(listed(client.get(tree.outputs.url))) == 3
    assert listed(client.get(tree.outputs.url, {"page": "2"}, follow=True)) == [
        outputs["training_b"]
    ]
    assert len(listed(client.get(tree.outputs.url, {"page": "abc"}, follow=True))) == 3
    assert client.get(tree.outputs.url, {"page": "3"}, follow=True).status_code == 404


@pytest.fixture
def library(tree):
    """Four outputs with audiences, themes, years and languages to filter on."""
    policymakers = AudienceFactory(name="Policymakers", slug="policymakers")
    providers = AudienceFactory(name="Service providers", slug="service-providers")
    care = ThemeFactory(name="Health and care", slug="health-and-care")
    mobility = ThemeFactory(name="Mobility", slug="mobility")

    def output(title, kind, year, audiences, themes, languages):
        page = OutputPageFactory(
            parent=tree.outputs,
            title=title,
            output_type=kind,
            publication_date=datetime.date(year, 5, 1),
            audiences=audiences,
            themes=themes,
            files__language=languages[0],
        )
        for language in languages[1:]:
            OutputFileFactory(page=page, language=language)
        return page

    return {
        "recommendations": output(
            "Recommendations",
            "policy_recommendations",
            2019,
            [policymakers, providers],
            [care],
            ["en", "de", "lv"],
        ),
        "roadmap": output(
            "Roadmap", "roadmap", 2018, [policymakers], [mobility], ["en"]
        ),
        "handbook": output(
            "Handbook", "handbook", 2018, [providers], [care, mobility], ["en", "de"]
        ),
        "film": output("Film", "film", 2020, [], [], ["lv"]),
    }


def titles(response):
    return [page.title for page in listed(response)]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"audience": "policymakers"}, ["Recommendations", "Roadmap"]),
        ({"theme": "mobility"}, ["Handbook", "Roadmap"]),
        ({"year": "2018"}, ["Handbook", "Roadmap"]),
        ({"audience": "policymakers", "theme": "mobility"}, ["Roadmap"]),
        ({"audience": "service-providers", "year": "2018"}, ["Handbook"]),
        ({"type": "roadmap", "theme": "health-and-care"}, []),
        (
            {"audience": "policymakers", "theme": "health-and-care", "year": "2019"},
            ["Recommendations"],
        ),
    ],
)
def test_filters_combine(client, tree, library, query, expected):
    assert titles(client.get(tree.outputs.url, query)) == expected


def test_available_in_my_language(client, tree, library, translate):
    latvian_library = translate(tree.outputs, "lv")

    assert titles(client.get(tree.outputs.url, {"mine": "on"})) == [
        "Recommendations",
        "Handbook",
        "Roadmap",
    ]
    assert titles(client.get(latvian_library.url, {"mine": "on"})) == [
        "Film",
        "Recommendations",
    ]


def test_options_show_how_many_outputs_they_leave(client, tree, library):
    response = client.get(tree.outputs.url, {"audience": "policymakers"})
    form = response.context["filter_form"]

    assert dict(form.fields["type"].choices)["roadmap"] == "Roadmap (1)"
    assert dict(form.fields["type"].choices)["handbook"] == "Handbook (0)"
    assert dict(form.fields["year"].choices)[2019] == "2019 (1)"
    assert form.fields["theme"].counts == {"health-and-care": 1, "mobility": 1}
    # An audience's own counts ignore the audience filter, so others stay choosable.
    assert form.fields["audience"].counts == {
        "policymakers": 2,
        "service-providers": 2,
    }
    html = response.content.decode()
    assert "Policymakers (2)" in html
    assert "Available in my language (2)" in html, html[html.find("id_mine") :][:300]


def test_the_library_of_another_language_lists_untranslated_outputs_in_english(
    client, tree, library, translate
):
    translate(library["roadmap"], "lv", title="Ceļvedis")
    latvian_library = translate(tree.outputs, "lv")

    items = listed(client.get(latvian_library.url))

    assert [(page.title, page.locale.language_code) for page in items] == [
        ("Film", "en"),
        ("Recommendations", "en"),
        ("Ceļvedis", "lv"),
        ("Handbook", "en"),
    ]
    html = client.get(latvian_library.url).content.decode()
    # Each English card says so, in Latvian.
    with translation.override("lv"):
        note = str(in_language("en"))
    assert note != "In English"
    assert html.count(f'<span class="fallback-mark" lang="lv">{note}</span>') == 3


@pytest.mark.parametrize(
    "query",
    [
        {"year": "abc"},
        {"year": "-1"},
        {"year": "99999999999999999999"},
        {"audience": "nobody"},
        {"theme": "x" * 500},
        {"mine": "maybe"},
        {"type": ["novel", "poem"]},
        {"audience": "policymakers\x01"},  # NUL: a 400 before the view
    ],
)
def test_bad_filter_values_are_ignored(client, tree, library, query):
    response = client.get(tree.outputs.url, query)

    assert response.status_code == 200
    assert len(listed(response)) >= 3


def test_filters_are_a_plain_get_form(client, tree, library):
    html = client.get(tree.outputs.url).content.decode()

    assert '<form class="filters" method="get"' in html
    for name in ("type", "audience", "theme", "year", "mine"):
        assert f'name="{name}"' in html


@pytest.mark.parametrize(
    ("language", "query", "expected", "mine_count"),
    [
        # In English: both policymakers' outputs have an English file.
        ("en", {"audience": "policymakers"}, ["Recommendations", "Roadmap"], 2),
        ("en", {"theme": "mobility"}, ["Handbook", "Roadmap"], 2),
        # In Latvian: only the recommendations (and the film) have a Latvian file.
        ("lv", {"audience": "policymakers"}, ["Recommendations"], 1),
        ("lv", {"type": "film"}, ["Film"], 1),
        ("lv", {"year": "2018"}, [], 0),
        ("lv", {"theme": "health-and-care", "year": "2019"}, ["Recommendations"], 1),
    ],
)
def test_available_in_my_language_combines_with_the_other_filters(
    client, tree, library, translate, language, query, expected, mine_count
):
    index = tree.outputs if language == "en" else translate(tree.outputs, "lv")

    response = client.get(index.url, {**query, "mine": "on"})

    assert titles(response) == expected
    # Without "mine", the other filters alone may give more.
    assert set(expected) <= set(titles(client.get(index.url, query)))
    with translation.override(language):
        label = translation.gettext("Available in my language (%(count)s)") % {
            "count": mine_count
        }
    assert str(response.context["filter_form"].fields["mine"].label) == label
    assert response.context["filter_form"].active
