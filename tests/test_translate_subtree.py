"""Translating a section with its subtree keeps the new pages reachable."""

import pytest
from django.urls import reverse

from news.tests.factories import NewsPageFactory


@pytest.mark.django_db
def test_a_section_translated_with_its_subtree_shows_its_children(
    admin_client, client, tree, translate, locales, django_capture_on_commit_callbacks
):
    NewsPageFactory(parent=tree.news, title="Kick-off", slug="kick-off")
    NewsPageFactory(parent=tree.news, title="Final conference", slug="final")
    translate(tree.home, "de")

    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            reverse("wagtail_localize:submit_page_translation", args=[tree.news.pk]),
            {"locales": [locales["de"].pk], "include_subtree": "on"},
        )

    german_index = tree.news.get_translation(locales["de"])
    german_index.refresh_from_db()
    assert response.status_code == 302
    # Translations are drafts until their language's review publishes them.
    assert not german_index.live
    assert german_index.numchild == 2
    assert german_index.get_children().count() == 2
    for page in [german_index, *german_index.get_children()]:
        page.get_latest_revision().publish()
    child = german_index.get_children().live().first()
    assert client.get(child.url).status_code == 200
