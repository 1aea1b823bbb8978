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
from resources.tests.factories import ResourceIndexPageFactory, ResourcePageFactory

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
    ResourceIndexPageFactory,
    ResourcePageFactory,
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
