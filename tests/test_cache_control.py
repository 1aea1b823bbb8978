"""Cache-Control: public for what every anonymous visitor gets alike, in every
language; private and not stored for anything personal; Vary only where needed."""

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils.cache import get_max_age

from resources.tests.factories import OutputPageFactory

pytestmark = pytest.mark.django_db

LANGUAGES = [code for code, _name in settings.LANGUAGES]


def directives(response):
    return {part.strip() for part in response.get("Cache-Control", "").split(",")}


def assert_public(response):
    assert response.status_code in (200, 301, 404), response.status_code
    assert "public" in directives(response), response.get("Cache-Control")
    assert f"s-maxage={settings.PAGE_CACHE_SECONDS}" in directives(response)
    assert get_max_age(response) == settings.BROWSER_CACHE_SECONDS
    assert "cookie" not in response.get("Vary", "").lower()
    assert not response.cookies


def assert_personal(response):
    assert {"private", "no-store"} <= directives(response), response.get(
        "Cache-Control"
    )


@pytest.mark.parametrize("code", LANGUAGES)
def test_pages_feeds_and_listings_are_public_in_every_language(
    client, translate, tree, code
):
    home = translate(tree.home, code) if code != "en" else tree.home
    news = translate(tree.news, code) if code != "en" else tree.news
    for url in (home.url, news.url, f"{news.url}?year=2018", f"/{code}/feeds/news.rss"):
        response = client.get(url)
        assert response.status_code == 200, url
        assert_public(response)
        # Addresses carry their language: nothing varies by Accept-Language here.
        assert "accept-language" not in response.get("Vary", "").lower()
    assert_public(client.head(home.url))


def test_the_sitemap_the_api_and_a_missing_page_are_public(client, tree):
    for url in ("/sitemap.xml", "/api/v2/pages/", "/en/no-such-page/"):
        assert_public(client.get(url))


def test_only_the_address_without_a_language_varies_by_accept_language(client, tree):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="lv")
    assert response.status_code == 302
    assert response["Location"] == "/lv/"
    assert "accept-language" in response["Vary"].lower()


def test_a_signed_in_visitor_gets_private_pages(client, tree):
    user = get_user_model().objects.create_user("reader", "r@example.org", "pw")
    client.force_login(user)
    response = client.get(tree.home.url)
    assert response.status_code == 200
    assert_personal(response)


def test_a_request_with_a_session_is_private(client, tree):
    client.cookies[settings.SESSION_COOKIE_NAME] = "anything"
    assert_personal(client.get(tree.home.url))


def test_the_admin_and_downloads_are_never_stored(admin_client, client, tree):
    assert_personal(admin_client.get("/admin/"))
    assert_personal(client.get("/admin/login/"))
    output = OutputPageFactory(parent=tree.outputs)
    download = client.get(f"{output.url}download/en/")
    assert download.status_code == 200
    assert_personal(download)
    document = output.files.get().document
    assert_personal(client.get(document.url))


def test_health_is_never_stored(client):
    response = client.get("/health/")
    assert "no-cache" in directives(response)
    assert "public" not in directives(response)


def test_answers_to_other_methods_are_not_public(client, tree):
    response = client.post(tree.home.url)
    assert response.status_code == 405
    assert "public" not in directives(response)
