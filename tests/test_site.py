"""Site-wide behaviour: language redirects, the 404 page, menus, production settings."""

import os
import subprocess
import sys

import pytest
from django.conf import settings
from django.core.management.utils import get_random_secret_key
from django.urls import reverse

from home.models import SiteSettings
from home.tests.factories import StandardPageFactory


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        (None, "/en/"),
        ("de", "/de/"),
        ("sv-SE,sv;q=0.9,en;q=0.5", "/sv/"),
        ("ja,zh;q=0.8", "/en/"),
    ],
)
def test_root_redirects_to_a_language(client, site, accept_language, expected):
    headers = {"Accept-Language": accept_language} if accept_language else {}

    response = client.get("/", headers=headers)

    assert response.status_code == 302
    assert response["Location"] == expected


@pytest.mark.django_db
def test_home_page_is_served_under_its_language(client, site):
    response = client.get("/en/")

    assert response.status_code == 200
    assert response.context["page"].pk == site.root_page_id


@pytest.mark.django_db
def test_not_found_page_has_the_site_look(client, site):
    site_settings = SiteSettings.for_site(site)
    site_settings.programme_name = "Interreg Baltic Sea Region (test)"
    site_settings.save()

    response = client.get("/en/does-not-exist/")

    assert response.status_code == 404
    html = response.content.decode()
    assert "Interreg Baltic Sea Region (test)" in html
    assert "Co-funded by the European Union" in html
    assert site_settings.project_name in html
    assert 'href="/en/"' in html
    assert 'action="/en/search/"' in html
    assert "404.html" in [t.name for t in response.templates]
    assert "base.html" in [t.name for t in response.templates]


@pytest.mark.django_db
def test_unknown_language_prefix_ends_in_not_found(client, site):
    response = client.get("/xx/", follow=True)

    assert response.status_code == 404


@pytest.mark.django_db
def test_main_menu_lists_the_sections_in_menus(client, tree):
    tree.news.show_in_menus = True
    tree.news.save()
    StandardPageFactory(parent=tree.home, title="Hidden", show_in_menus=False)

    html = client.get("/en/").content.decode()

    menu = html[html.index('class="main-nav"') :]
    menu = menu[: menu.index("</nav>")]
    assert f'href="{tree.news.url}"' in menu
    assert "Hidden" not in menu


@pytest.mark.django_db
def test_admin_client_reaches_the_wagtail_admin(admin_client, site):
    response = admin_client.get(reverse("wagtailadmin_home"))

    assert response.status_code == 200
    explorer = admin_client.get(
        reverse("wagtailadmin_explore", args=(site.root_page_id,))
    )
    assert explorer.status_code == 200


def import_production_settings(secret_key):
    env = {**os.environ, "SECRET_KEY": secret_key}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    return subprocess.run(  # noqa: S603
        [sys.executable, "-c", "import portal.settings.production"],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize(
    "secret_key",
    [
        "",
        "change-me",
        "dev-only-insecure-key-do-not-use-in-production",
        "django-insecure-" + "x" * 50,
        "too-short-but-not-empty",
    ],
)
def test_production_settings_refuse_an_insecure_secret_key(secret_key):
    result = import_production_settings(secret_key)

    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr


def test_production_settings_accept_a_real_secret_key():
    result = import_production_settings(get_random_secret_key())

    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    "path",
    [
        "/api/v2/pages/99999/",
        "/documents/99999/missing.pdf",
        "/sitemap-nothing.xml",
    ],
)
def test_a_not_found_answer_outside_the_language_prefixes_stays_a_404(
    client, site, path
):
    """Not a redirect to /en/…, which the page tree would answer with its own 404."""
    assert client.get(path).status_code == 404


def test_an_admin_not_found_stays_a_404(admin_client, site):
    response = admin_client.get("/admin/pages/999999/edit/")

    assert response.status_code == 404


def test_a_path_without_a_language_still_moves_under_one(client, site):
    response = client.get("/news/", HTTP_ACCEPT_LANGUAGE="en")

    assert response.status_code == 302
    assert response.url == "/en/news/"


@pytest.mark.parametrize(
    "secret_key",
    [
        # Django calls these weak (security.W009): under 50 characters, or under 5
        # different characters.
        "k8#Vq2!xR9@mL4&zT7^pW1*nB6(cY3)hF0_sD5+gJ" + "a" * 6,
        "ab" * 40,
    ],
)
def test_production_settings_refuse_a_key_django_calls_weak(secret_key):
    result = import_production_settings(secret_key)

    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr


def test_production_settings_pass_the_deployment_checks():
    env = {
        **os.environ,
        "SECRET_KEY": get_random_secret_key(),
        "ALLOWED_HOSTS": "sempre.example.org",
        "DJANGO_SETTINGS_MODULE": "portal.settings.production",
    }
    # Set by the browser tests while their server runs (tests/browser/conftest.py);
    # a deployment never has it, and Django's check says so.
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    result = subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )

    assert result.returncode == 0, result.stderr
    assert "System check identified no issues" in result.stdout
