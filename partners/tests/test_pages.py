"""Partners, networks and case stories: tree rules, rendering, admin creation, translation."""

import datetime

import pytest
from django.urls import reverse
from django.utils.formats import date_format
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

from home.models import HomePage
from home.tests.factories import (
    CountryFactory,
    ImageFactory,
    TargetGroupFactory,
    ThemeFactory,
)
from partners.models import (
    CaseStoryGalleryImage,
    CaseStoryIndexPage,
    CaseStoryPage,
    NetworkIndexPage,
    NetworkPage,
    PartnerIndexPage,
    PartnerPage,
)
from partners.tests.factories import (
    CaseStoryPageFactory,
    NetworkMemberFactory,
    NetworkPageFactory,
    PartnerPageFactory,
)

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("model", "parents", "subpages"),
    [
        (PartnerIndexPage, {HomePage}, {PartnerPage}),
        (PartnerPage, {PartnerIndexPage}, set()),
        (NetworkIndexPage, {HomePage}, {NetworkPage}),
        (NetworkPage, {NetworkIndexPage}, set()),
        (CaseStoryIndexPage, {HomePage}, {CaseStoryPage}),
        (CaseStoryPage, {CaseStoryIndexPage}, set()),
    ],
)
def test_tree_rules(model, parents, subpages):
    assert set(model.allowed_parent_page_models()) == parents
    assert set(model.creatable_subpage_models()) == subpages


@pytest.mark.parametrize(
    ("model", "index"),
    [
        (PartnerPage, "partners"),
        (NetworkPage, "networks"),
        (CaseStoryPage, "case_stories"),
    ],
)
def test_items_only_under_their_own_index(tree, model, index):
    indexes = ("partners", "networks", "case_stories", "news", "outputs")
    for name in indexes:
        assert model.can_create_at(getattr(tree, name)) == (name == index), name
    assert not model.can_create_at(tree.home)
    assert not model.can_create_at(tree.about)


@pytest.fixture
def latvia():
    return CountryFactory(name="Latvia", slug="latvia", code="LV")


def test_partner_page_shows_its_fields(client, tree, latvia):
    group = TargetGroupFactory(name="Older people living alone")
    partner = PartnerPageFactory(
        parent=tree.partners,
        title="Diaconal Centre Liepaja",
        short_name="DCL",
        country=latvia,
        role="lead",
        city="Liepāja",
        website="https://www.example.lv/diaconal",
        contact_email="info@example.lv",
        who_we_are="<p>A church social service.</p>",
        why_we_take_part="<p>Rural clients need transport.</p>",
        logo=ImageFactory(title="Logo"),
        target_groups=[group],
    )
    network = NetworkPageFactory(
        parent=tree.networks, title="LEN Kurzeme", coordinating_partner=partner
    )

    response = client.get(partner.url)

    assert response.status_code == 200
    html = response.content.decode()
    for text in (
        "Diaconal Centre Liepaja",
        "DCL",
        "Latvia",
        "Lead partner",
        "Liepāja",
        'href="https://www.example.lv/diaconal"',
        "mailto:info@example.lv",
        "A church social service.",
        "Rural clients need transport.",
        "Older people living alone",
        f'href="{network.url}"',
    ):
        assert text in html, text
    assert partner.logo.renditions.exists()


def test_network_page_shows_its_fields(client, tree, latvia):
    partner = PartnerPageFactory(parent=tree.partners, title="Diaconal Centre Liepaja")
    network = NetworkPageFactory(
        parent=tree.networks,
        title="LEN South Kurzeme",
        country=latvia,
        region="South Kurzeme",
        coordinating_partner=partner,
        description="<p>Twelve members around Liepaja.</p>",
        members__name="Grobiņa novads",
        members__kind="municipality",
    )
    NetworkMemberFactory(network=network, name="Village kindergarten", kind="day_care")
    story = CaseStoryPageFactory(
        parent=tree.case_stories, title="Library as a meeting point", network=network
    )

    response = client.get(network.url)

    assert response.status_code == 200
    html = response.content.decode()
    for text in (
        "LEN South Kurzeme",
        "South Kurzeme",
        "Latvia",
        f'href="{partner.url}"',
        "Diaconal Centre Liepaja",
        "Twelve members around Liepaja.",
        "Grobiņa novads",
        "Municipality",
        "Village kindergarten",
        "Day-care centre",
        "Library as a meeting point",
        f'href="{story.url}"',
    ):
        assert text in html, text


def test_case_story_page_shows_its_fields(client, tree, latvia):
    network = NetworkPageFactory(parent=tree.networks, title="LEN South Kurzeme")
    story = CaseStoryPageFactory(
        parent=tree.case_stories,
        title="A car for the village",
        network=network,
        country=latvia,
        status="social_enterprise",
        start_date=datetime.date(2024, 3, 1),
        end_date=datetime.date(2025, 1, 31),
        challenge="<p>The bus runs twice a day.</p>",
        co_creation="<p>Volunteers drive, the parish books.</p>",
        results="<p>Forty rides a month.</p>",
        quote="Now I can see my doctor.",
        quote_attribution="Participant, Grobiņa",
        target_groups=[TargetGroupFactory(name="Older people")],
        themes=[ThemeFactory(name="Mobility")],
    )
    picture = ImageFactory(title="The car")
    CaseStoryGalleryImage.objects.create(page=story, image=picture, caption="Day one")

    response = client.get(story.url)

    assert response.status_code == 200
    html = response.content.decode()
    for text in (
        "A car for the village",
        "The bus runs twice a day.",
        "Volunteers drive, the parish books.",
        "Forty rides a month.",
        "Now I can see my doctor.",
        "Participant, Grobiņa",
        "Social enterprise founded",
        "LEN South Kurzeme",
        f'href="{network.url}"',
        "Latvia",
        "Older people",
        "Mobility",
        date_format(story.start_date, "F Y"),
        date_format(story.end_date, "F Y"),
        "Day one",
    ):
        assert text in html, text
    assert all(r.url in html for r in picture.renditions.all())
    assert picture.renditions.exists()


@pytest.mark.parametrize(
    ("index", "factory", "title"),
    [
        ("partners", PartnerPageFactory, "Diaconal Centre Liepaja"),
        ("networks", NetworkPageFactory, "LEN South Kurzeme"),
        ("case_stories", CaseStoryPageFactory, "A car for the village"),
    ],
)
def test_index_renders_its_items(client, tree, latvia, index, factory, title):
    parent = getattr(tree, index)
    parent.intro = "<p>Introduction to the list.</p>"
    parent.save()
    item = factory(parent=parent, title=title, country=latvia)

    response = client.get(parent.url)

    assert response.status_code == 200
    html = response.content.decode()
    assert "Introduction to the list." in html
    assert title in html
    assert f'href="{item.url}"' in html
    assert "Latvia" in html


@pytest.mark.parametrize(
    "model", [PartnerIndexPage, NetworkIndexPage, CaseStoryIndexPage]
)
def test_index_can_be_created_in_the_admin(create_in_admin, tree, model):
    title = f"New {model._meta.verbose_name}"

    page = create_in_admin(
        tree.home, model, {"title": title, "intro": rich_text("<p>Intro.</p>")}
    )

    assert page.live
    assert page.title == title
    assert page.get_parent().pk == tree.home.pk


def test_partner_page_can_be_created_in_the_admin(create_in_admin, tree, latvia):
    group = TargetGroupFactory()

    page = create_in_admin(
        tree.partners,
        PartnerPage,
        {
            "title": "Diaconal Centre Liepaja",
            "short_name": "DCL",
            "country": latvia.pk,
            "role": "lead",
            "website": "https://www.example.lv/",
            "city": "Liepāja",
            "latitude": "56.50470",
            "longitude": "21.01080",
            "who_we_are": rich_text("<p>A church social service.</p>"),
            "why_we_take_part": rich_text("<p>Because.</p>"),
            "target_groups": [group.pk],
        },
    )

    assert page.live
    assert page.country == latvia
    assert page.role == "lead"
    assert page.role_order == 0
    assert list(page.target_groups.all()) == [group]
    assert "A church social service." in page.who_we_are


def test_network_page_can_be_created_in_the_admin(create_in_admin, tree, latvia):
    partner = PartnerPageFactory(parent=tree.partners)

    page = create_in_admin(
        tree.networks,
        NetworkPage,
        {
            "title": "LEN South Kurzeme",
            "country": latvia.pk,
            "region": "South Kurzeme",
            "coordinating_partner": partner.pk,
            "description": rich_text("<p>Twelve members.</p>"),
            **nested_form_data(
                {
                    "members": inline_formset(
                        [{"name": "Village library", "kind": "library", "website": ""}],
                        min=1,
                    ),
                    "body": streamfield([]),
                }
            ),
        },
    )

    assert page.live
    assert page.region == "South Kurzeme"
    assert page.coordinating_partner.pk == partner.pk
    assert [(m.name, m.kind) for m in page.members.all()] == [
        ("Village library", "library")
    ]


def test_admin_refuses_a_network_without_members(admin_client, tree, latvia):
    url = reverse(
        "wagtailadmin_pages:add", args=("partners", "networkpage", tree.networks.pk)
    )
    data = {
        "title": "Empty network",
        "slug": "empty-network",
        "country": latvia.pk,
        "region": "Nowhere",
        "body-count": "0",
        "action-publish": "action-publish",
        **nested_form_data({"members": inline_formset([], min=1)}),
    }

    response = admin_client.post(url, data)

    assert response.status_code == 200
    assert not NetworkPage.objects.filter(slug="empty-network").exists()


def test_case_story_page_can_be_created_in_the_admin(create_in_admin, tree, latvia):
    network = NetworkPageFactory(parent=tree.networks)
    group, theme, picture = TargetGroupFactory(), ThemeFactory(), ImageFactory()

    page = create_in_admin(
        tree.case_stories,
        CaseStoryPage,
        {
            "title": "A car for the village",
            "network": network.pk,
            "country": latvia.pk,
            "status": "continued",
            "start_date": "2024-03-01",
            "end_date": "2024-12-31",
            "target_groups": [group.pk],
            "themes": [theme.pk],
            "challenge": rich_text("<p>The bus runs twice a day.</p>"),
            "co_creation": rich_text("<p>Volunteers drive.</p>"),
            "results": rich_text("<p>Forty rides a month.</p>"),
            "quote": "Now I can see my doctor.",
            "quote_attribution": "Participant, Grobiņa",
            **nested_form_data(
                {
                    "gallery_images": inline_formset(
                        [{"image": picture.pk, "caption": "Day one"}]
                    ),
                    "body": streamfield([]),
                }
            ),
        },
    )

    assert page.live
    assert page.network.pk == network.pk
    assert page.status == "continued"
    assert page.start_date == datetime.date(2024, 3, 1)
    assert list(page.themes.all()) == [theme]
    assert list(page.target_groups.all()) == [group]
    assert [g.image_id for g in page.gallery_images.all()] == [picture.pk]
    assert "The bus runs twice a day." in page.challenge


def test_admin_refuses_a_case_story_ending_before_it_starts(admin_client, tree, latvia):
    url = reverse(
        "wagtailadmin_pages:add",
        args=("partners", "casestorypage", tree.case_stories.pk),
    )
    data = {
        "title": "Backwards",
        "slug": "backwards",
        "country": latvia.pk,
        "status": "running",
        "start_date": "2024-03-01",
        "end_date": "2024-01-01",
        "challenge": rich_text("<p>A.</p>"),
        "co_creation": rich_text("<p>B.</p>"),
        "body-count": "0",
        "action-publish": "action-publish",
        **nested_form_data({"gallery_images": inline_formset([])}),
    }

    response = admin_client.post(url, data)

    assert response.status_code == 200
    assert "end_date" in response.context["form"].errors
    assert not CaseStoryPage.objects.filter(slug="backwards").exists()


def test_admin_offers_only_english_countries(admin_client, tree, latvia, locales):
    german = latvia.copy_for_translation(locales["de"])
    german.name = "Lettland"
    german.save()
    url = reverse(
        "wagtailadmin_pages:add", args=("partners", "partnerpage", tree.partners.pk)
    )

    choices = set(admin_client.get(url).context["form"].fields["country"].queryset)

    assert latvia in choices
    assert german not in choices


@pytest.mark.parametrize(
    "model",
    [
        PartnerIndexPage,
        PartnerPage,
        NetworkIndexPage,
        NetworkPage,
        CaseStoryIndexPage,
        CaseStoryPage,
    ],
)
def test_translation_renders(client, tree, translate, latvia, locales, model):
    german_country = latvia.copy_for_translation(locales["de"])
    german_country.name = "Lettland"
    german_country.save()
    partner = PartnerPageFactory(parent=tree.partners, country=latvia)
    network = NetworkPageFactory(parent=tree.networks, country=latvia)
    story = CaseStoryPageFactory(parent=tree.case_stories, country=latvia)
    pages = {
        PartnerIndexPage: (tree.partners, partner),
        PartnerPage: (partner, None),
        NetworkIndexPage: (tree.networks, network),
        NetworkPage: (network, None),
        CaseStoryIndexPage: (tree.case_stories, story),
        CaseStoryPage: (story, None),
    }
    page, child = pages[model]

    german = translate(page, "de", title="Auf Deutsch")
    if child is not None:
        translate(child, "de")

    response = client.get(german.url)
    assert german.url.startswith("/de/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Auf Deutsch" in html
    assert "Lettland" in html
