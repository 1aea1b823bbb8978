"""Listings of partners, networks and case stories: order, filters, pagination."""

import datetime

import pytest

from home.tests.factories import CountryFactory, TargetGroupFactory, ThemeFactory
from partners.tests.factories import (
    CaseStoryIndexPageFactory,
    CaseStoryPageFactory,
    NetworkPageFactory,
    PartnerPageFactory,
)
from tests.conftest import shared_context

pytestmark = pytest.mark.django_db


def listed(response):
    assert response.status_code == 200
    return list(shared_context(response)["items"].object_list)


@pytest.fixture
def terms():
    return {
        "de": CountryFactory(name="Germany", slug="germany", code="DE"),
        "fi": CountryFactory(name="Finland", slug="finland", code="FI"),
        "parents": TargetGroupFactory(name="Single parents", slug="single-parents"),
        "elderly": TargetGroupFactory(name="Older people", slug="older-people"),
        "mobility": ThemeFactory(name="Mobility", slug="mobility"),
        "health": ThemeFactory(name="Health and care", slug="health-care"),
    }


@pytest.fixture
def stories(tree, terms):
    """Four stories over two countries, groups and themes; a draft; another index's."""

    def story(name, country, group, theme, start):
        return CaseStoryPageFactory(
            parent=tree.case_stories,
            title=name,
            country=terms[country],
            target_groups=[terms[group]],
            themes=[terms[theme]],
            start_date=start,
        )

    made = {
        "de_parents_mobility": story(
            "Ride sharing", "de", "parents", "mobility", datetime.date(2024, 1, 1)
        ),
        "de_elderly_health": story(
            "Visiting service", "de", "elderly", "health", datetime.date(2024, 2, 1)
        ),
        "fi_parents_health": story(
            "Family café", "fi", "parents", "health", datetime.date(2024, 3, 1)
        ),
        "fi_elderly_mobility": story(
            "Shopping bus", "fi", "elderly", "mobility", datetime.date(2024, 4, 1)
        ),
    }
    CaseStoryPageFactory(parent=tree.case_stories, country=terms["de"], live=False)
    CaseStoryPageFactory(
        parent=CaseStoryIndexPageFactory(parent=tree.home), country=terms["de"]
    )
    return made


def test_case_stories_newest_first(client, tree, stories):
    items = listed(client.get(tree.case_stories.url))

    assert items == [
        stories["fi_elderly_mobility"],
        stories["fi_parents_health"],
        stories["de_elderly_health"],
        stories["de_parents_mobility"],
    ]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"country": "germany"}, {"de_parents_mobility", "de_elderly_health"}),
        (
            {"target_group": "single-parents"},
            {"de_parents_mobility", "fi_parents_health"},
        ),
        ({"theme": "mobility"}, {"de_parents_mobility", "fi_elderly_mobility"}),
        ({"country": "finland", "theme": "health-care"}, {"fi_parents_health"}),
        (
            {
                "country": "germany",
                "target_group": "older-people",
                "theme": "health-care",
            },
            {"de_elderly_health"},
        ),
        (
            {
                "country": "finland",
                "target_group": "single-parents",
                "theme": "mobility",
            },
            set(),
        ),
    ],
)
def test_case_story_filters(client, tree, stories, query, expected):
    items = listed(client.get(tree.case_stories.url, query))

    assert set(items) == {stories[name] for name in expected}
    assert len(items) == len(expected)


def test_case_story_filter_form_offers_the_english_terms(
    client, tree, stories, locales
):
    german_germany = stories["de_parents_mobility"].country.copy_for_translation(
        locales["de"]
    )
    german_germany.name = "Deutschland"
    german_germany.save()

    form = client.get(tree.case_stories.url).context["filter_form"]

    slugs = [slug for slug, _label in form.fields["country"].choices if slug]
    assert sorted(str(slug) for slug in slugs) == ["finland", "germany"]


@pytest.mark.parametrize(
    "query",
    [
        {"country": "atlantis"},
        {"country": "<script>alert(1)</script>"},
        {"target_group": "nobody"},
        {"theme": ""},
        {"theme": "x" * 500},
        {"country": ["germany", "finland"]},
        {"colour": "blue"},
    ],
)
def test_unknown_case_story_filters_are_ignored(client, tree, stories, query):
    response = client.get(tree.case_stories.url, query)

    items = listed(response)
    if query.get("country") == ["germany", "finland"]:
        # The last value wins, as for any single-choice GET field.
        assert {story.country.slug for story in items} == {"finland"}
    else:
        assert len(items) == len(stories)
    assert "<script>alert(1)</script>" not in response.content.decode()


def test_partners_grouped_lead_first(client, tree, terms):
    associated = PartnerPageFactory(
        parent=tree.partners, role="associated", country=terms["de"]
    )
    partner = PartnerPageFactory(
        parent=tree.partners, role="partner", country=terms["fi"]
    )
    lead = PartnerPageFactory(parent=tree.partners, role="lead", country=terms["fi"])

    response = client.get(tree.partners.url)

    assert listed(response) == [lead, partner, associated]
    html = response.content.decode()
    assert html.index("Lead partner") < html.index("Associated organisation")


def test_partners_within_a_role_by_country_then_title(client, tree, terms):
    b_fi = PartnerPageFactory(parent=tree.partners, title="B", country=terms["fi"])
    a_fi = PartnerPageFactory(parent=tree.partners, title="A", country=terms["fi"])
    z_de = PartnerPageFactory(parent=tree.partners, title="Z", country=terms["de"])

    assert listed(client.get(tree.partners.url)) == [a_fi, b_fi, z_de]


def test_networks_by_country_then_title(client, tree, terms):
    fi = NetworkPageFactory(parent=tree.networks, title="A", country=terms["fi"])
    de_b = NetworkPageFactory(
        parent=tree.networks, title="B", slug="b-de", country=terms["de"]
    )
    de_a = NetworkPageFactory(
        parent=tree.networks, title="A", slug="a-de", country=terms["de"]
    )
    NetworkPageFactory(parent=tree.networks, country=terms["de"], live=False)

    assert listed(client.get(tree.networks.url)) == [fi, de_a, de_b]


@pytest.mark.parametrize("index", ["partners", "networks", "case_stories"])
def test_pagination(client, tree, terms, settings, index):
    settings.PORTAL_PAGE_SIZE = 2
    factory = {
        "partners": PartnerPageFactory,
        "networks": NetworkPageFactory,
        "case_stories": CaseStoryPageFactory,
    }[index]
    parent = getattr(tree, index)
    made = [factory(parent=parent, country=terms["de"]) for _ in range(5)]

    first = listed(client.get(parent.url))
    third = listed(client.get(parent.url, {"page": "3"}, follow=True))

    assert len(first) == 2
    assert len(third) == 1
    assert listed(client.get(parent.url, {"page": "abc"}, follow=True)) == first
    assert listed(client.get(parent.url, {"page": "-1"}, follow=True)) == first
    pages = [listed(client.get(parent.url, {"page": n}, follow=True)) for n in "123"]
    assert {page.pk for items in pages for page in items} == {page.pk for page in made}
    assert client.get(parent.url, {"page": "4"}, follow=True).status_code == 404
    assert client.get(parent.url, {"page": "99999"}, follow=True).status_code == 404
