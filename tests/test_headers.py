"""Security headers: a strict Content-Security-Policy on the site, Wagtail's needs in
the admin, no framing but the admin's previews, Permissions-Policy and COOP."""

import pytest
from django.conf import settings
from django.urls import reverse

from tests.conftest import every_page_type

LANGUAGES = [code for code, _name in settings.LANGUAGES]


def policy(response):
    """{directive: [sources]} of the Content-Security-Policy header."""
    header = response["Content-Security-Policy"]
    return {
        name: sources
        for name, *sources in (
            part.split() for part in header.split(";") if part.strip()
        )
    }


@pytest.mark.django_db
@pytest.mark.parametrize("code", LANGUAGES)
def test_every_public_page_type_has_the_strict_policy(client, tree, translate, code):
    pages = every_page_type(tree)
    for kind, page in pages.items():
        if code != "en":
            page = translate(page, code)
        response = client.get(page.url)

        assert response.status_code == 200, kind
        csp = policy(response)
        assert csp["script-src"] == ["'self'"], kind
        assert csp["style-src"] == ["'self'"], kind
        assert csp["default-src"] == ["'self'"], kind
        assert csp["object-src"] == ["'none'"], kind
        assert csp["frame-ancestors"] == ["'none'"], kind
        assert response["X-Frame-Options"] == "DENY", kind
        assert "camera=()" in response["Permissions-Policy"], kind
        assert response["Cross-Origin-Opener-Policy"] == "same-origin", kind
        assert response["X-Content-Type-Options"] == "nosniff", kind


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path", ["/en/feeds/news.rss", "/sitemap.xml", "/api/v2/pages/", "/en/%00/"]
)
def test_other_public_responses_have_the_strict_policy(client, home_page, path):
    response = client.get(path)

    assert policy(response)["script-src"] == ["'self'"]
    assert response["X-Frame-Options"] == "DENY"


@pytest.mark.django_db
def test_the_admin_has_its_own_policy_and_previews_can_be_framed(admin_client, tree):
    page = tree.about

    editor = admin_client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    preview = admin_client.get(
        reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])
    )

    csp = policy(editor)
    assert csp["script-src"] == ["'self'", "'unsafe-inline'"]
    assert csp["frame-ancestors"] == ["'self'"]
    assert editor["X-Frame-Options"] == "DENY"
    assert preview["X-Frame-Options"] == "SAMEORIGIN"
    assert policy(preview)["frame-ancestors"] == ["'self'"]
