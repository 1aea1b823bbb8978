"""Every page type: its factory makes a valid, servable page that the admin can edit."""

import pytest
from django.urls import reverse
from wagtail.fields import StreamField
from wagtail.test.utils.form_data import querydict_from_html

from home.tests.factories import HomePageFactory, StandardPageFactory
from news.tests.factories import NewsIndexPageFactory, NewsPageFactory
from partners.tests.factories import (
    CaseStoryIndexPageFactory,
    CaseStoryPageFactory,
    NetworkIndexPageFactory,
    NetworkPageFactory,
    PartnerIndexPageFactory,
    PartnerPageFactory,
)
from resources.tests.factories import OutputIndexPageFactory, OutputPageFactory

pytestmark = pytest.mark.django_db

PAGE_FACTORIES = [
    HomePageFactory,
    StandardPageFactory,
    PartnerIndexPageFactory,
    PartnerPageFactory,
    NetworkIndexPageFactory,
    NetworkPageFactory,
    CaseStoryIndexPageFactory,
    CaseStoryPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    OutputIndexPageFactory,
    OutputPageFactory,
]

ids = [factory._meta.model.__name__ for factory in PAGE_FACTORIES]


@pytest.mark.parametrize("factory", PAGE_FACTORIES, ids=ids)
def test_factory_makes_a_valid_page_where_it_may_live(factory):
    page = factory()

    page.full_clean()
    assert page.live
    assert type(page).can_exist_under(page.get_parent().specific)


@pytest.mark.parametrize("factory", PAGE_FACTORIES[1:], ids=ids[1:])
def test_factory_page_is_served_at_its_url(client, factory):
    page = factory()

    response = client.get(page.url)

    assert page.url.startswith("/en/")
    assert response.status_code == 200
    assert response.context["page"].pk == page.pk
    assert page.title in response.content.decode()


@pytest.mark.parametrize("factory", PAGE_FACTORIES, ids=ids)
def test_admin_edit_form_round_trip_publishes(admin_client, factory):
    page = factory()
    url = reverse("wagtailadmin_pages:edit", args=(page.pk,))

    response = admin_client.get(url)
    assert response.status_code == 200

    data = querydict_from_html(response.content.decode(), form_id="page-edit-form")
    # StreamFields are drawn by JavaScript; the factories' pages have empty ones.
    for field in type(page)._meta.get_fields():
        if isinstance(field, StreamField) and f"{field.name}-count" not in data:
            assert not getattr(page, field.name)
            data[f"{field.name}-count"] = "0"
    data["action-publish"] = "action-publish"
    response = admin_client.post(url, data)

    errors = response.context["form"].errors if response.status_code == 200 else None
    assert response.status_code == 302, errors
    page.refresh_from_db()
    assert page.live
    assert page.revisions.count() == 1
    assert page.last_published_at is not None


def test_every_page_type_builds_on_the_base_page():
    """What the shared features read of a page type (home/page_types.py) has a default
    on BasePage, so every page type must build on it."""
    from wagtail.models import Page, get_page_models

    from home.models import BasePage

    models = [model for model in get_page_models() if model is not Page]
    assert models and all(issubclass(model, BasePage) for model in models)


def test_what_page_types_declare_fits_together():
    """Feed names and search facet keys are unique; every feed a page announces is
    declared by a page type; every JSON-LD entity has a builder."""
    from discovery.seo import ENTITY_BUILDERS
    from home.page_types import page_types_with

    feeds = [model.feed.name for model in page_types_with("feed")]
    assert sorted(feeds) == sorted(set(feeds)) == ["case_stories", "news"]
    facets = [model.search_facet.key for model in page_types_with("search_facet")]
    assert len(facets) == len(set(facets)) == 6
    announced = {
        name
        for model in page_types_with("announced_feeds")
        for name in model.announced_feeds
    }
    assert announced <= set(feeds)
    entities = {model.json_ld_entity for model in page_types_with("json_ld_entity")}
    assert entities == set(ENTITY_BUILDERS)
