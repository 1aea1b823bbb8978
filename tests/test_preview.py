"""Editors' previews render every page type, including unsaved relations and pages."""

import pytest
from django.test import RequestFactory

from home.tests.factories import CountryFactory
from news.tests.factories import NewsPageFactory
from partners.models import PartnerPage
from partners.tests.factories import CaseStoryPageFactory, PartnerPageFactory
from resources.tests.factories import OutputPageFactory

pytestmark = pytest.mark.django_db


def preview(page, admin_user):
    request = RequestFactory().get("/", SERVER_NAME="testserver")
    request.user = admin_user
    response = page.make_preview_request(request)
    if hasattr(response, "render"):
        response.render()
    return response


def test_preview_of_a_news_item_with_related_pages_from_the_editor(tree, admin_user):
    partner = PartnerPageFactory(parent=tree.partners, title="Nordregio")
    story = CaseStoryPageFactory(parent=tree.case_stories, title="Ride sharing")
    news = NewsPageFactory(parent=tree.news)
    news.related_partners = [partner]
    news.related_case_stories = [story]
    # What the editor's preview holds: a revision's in-memory relations.
    draft = news.save_revision().as_object()

    response = preview(draft, admin_user)

    assert response.status_code == 200
    assert b"Nordregio" in response.content and b"Ride sharing" in response.content


def test_preview_of_an_output_with_partners(tree, admin_user):
    partner = PartnerPageFactory(parent=tree.partners, title="Diakonie")
    output = OutputPageFactory(parent=tree.outputs)
    output.partners = [partner]
    draft = output.save_revision().as_object()

    response = preview(draft, admin_user)

    assert response.status_code == 200
    assert b"Diakonie" in response.content


def test_preview_of_a_partner_not_yet_saved(tree, admin_user):
    page = PartnerPage(
        title="New partner",
        slug="new-partner",
        country=CountryFactory(),
        role="partner",
        city="Riga",
    )
    page.set_url_path(tree.partners)
    page.locale = tree.partners.locale
    page.depth = tree.partners.depth + 1
    page.path = tree.partners.path + "9999"

    response = preview(page, admin_user)

    assert response.status_code == 200
    assert b"New partner" in response.content
