"""Renditions are made ahead of visits: when a page is published, when a document gets
its cover, by the make_renditions command; a visitor's request then makes none."""

import io

import pytest
from django.core.management import call_command
from wagtail.images import get_image_model

from home.renditions import ROLES, picture_specs, role_specs
from home.tests.factories import DocumentFactory, ImageFactory
from news.tests.factories import NewsPageFactory
from partners.tests.factories import PartnerPageFactory

pytestmark = pytest.mark.django_db


def renditions():
    return get_image_model().get_rendition_model().objects


def specs_of(image):
    return set(image.renditions.values_list("filter_spec", flat=True))


def test_publishing_a_page_makes_its_images_renditions(client, tree):
    image = ImageFactory()
    news = NewsPageFactory(parent=tree.news, image=image, live=False)
    assert not specs_of(image)

    news.save_revision().publish()

    assert specs_of(image) == set(role_specs(image, ["card", "content", "social"]))
    count = renditions().count()
    for url in (news.url, tree.news.url):
        assert client.get(url).status_code == 200
    assert renditions().count() == count


def test_a_partner_logo_gets_the_logo_renditions(client, tree):
    logo = ImageFactory()
    partner = PartnerPageFactory(parent=tree.partners, logo=logo, live=False)
    partner.save_revision().publish()
    assert set(picture_specs(logo, "logo")) <= specs_of(logo)
    count = renditions().count()
    assert client.get(partner.url).status_code == 200
    assert client.get(tree.partners.url).status_code == 200
    assert renditions().count() == count


def test_a_documents_cover_gets_its_renditions():
    document = DocumentFactory()
    # As reading a PDF's first page does (uploads/documents.py).
    document.cover = ImageFactory()
    document.save()
    assert set(role_specs(document.cover, ["cover", "cover_card", "social"])) == (
        specs_of(document.cover)
    )


def test_the_command_makes_what_is_missing_and_nothing_twice(tree):
    image = ImageFactory()
    news = NewsPageFactory(parent=tree.news, image=image)
    news.save_revision().publish()
    expected = specs_of(image)
    renditions().all().delete()

    out = io.StringIO()
    call_command("make_renditions", stdout=out)
    assert specs_of(image) == expected
    assert f"made {len(expected)} renditions" in out.getvalue()

    out = io.StringIO()
    call_command("make_renditions", stdout=out)
    assert "made 0 renditions" in out.getvalue()


def test_templates_and_renditions_share_the_roles():
    """Each role's widths in the three formats; templates name roles, not filters."""
    image = ImageFactory()
    for role in ROLES:
        specs = picture_specs(image, role)
        assert specs and all("|format-" in spec for spec in specs)
