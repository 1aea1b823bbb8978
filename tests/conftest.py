"""Shared fixtures: the site, locales, a tree of index pages, admin page creation.

The apps' test packages re-export these fixtures from their own conftest.py, so that
`pytest news/tests` works as well as a run of the whole suite.
"""

import datetime
import shutil
from functools import cached_property
from pathlib import Path

import pytest
from django.conf import settings
from django.core.cache import caches
from django.urls import reverse
from django.utils import translation
from django.utils.text import slugify
from wagtail.models import Locale

from home.tests.factories import StandardPageFactory, make_site
from news.tests.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
)
from partners.tests.factories import (
    CaseStoryIndexPageFactory,
    CaseStoryPageFactory,
    ContactPageFactory,
    NetworkIndexPageFactory,
    NetworkPageFactory,
    PartnerIndexPageFactory,
    PartnerPageFactory,
)
from resources.tests.factories import OutputIndexPageFactory, OutputPageFactory

# Tests that share a costly fixture built once per package or module run in one
# worker under pytest-xdist (make test runs `-n auto --dist loadgroup`), so that it is
# built once: the demo site, the browser tests' site and server, the nine trees.
SHARED_FIXTURE_GROUPS = {
    "tests/demo_site/": "demo-site",
    "tests/browser/": "browser-site",
    "tests/test_locale_permissions.py": "nine-trees",
}


# First: pytest-xdist reads the groups in its own hook of the same name.
@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config, items):
    root = Path(str(config.rootpath))
    for item in items:
        path = Path(str(item.path)).relative_to(root).as_posix()
        for prefix, group in SHARED_FIXTURE_GROUPS.items():
            if path.startswith(prefix):
                item.add_marker(pytest.mark.xdist_group(group))


__all__ = [
    "clear_caches",
    "remove_test_media",
    "create_in_admin",
    "home_page",
    "locales",
    "site",
    "translate",
    "translate_page",
    "tree",
]


@pytest.fixture(scope="session", autouse=True)
def remove_test_media():
    """Delete the temporary MEDIA_ROOT the test settings make for each run."""
    yield
    media_root = Path(settings.MEDIA_ROOT)
    if media_root.name.startswith("portal-test-media-"):
        shutil.rmtree(media_root, ignore_errors=True)


@pytest.fixture(autouse=True)
def clear_caches():
    """Wagtail caches site root paths and renditions; a rolled-back test must not leak.

    Nor the language: Django's LocaleMiddleware leaves the last request's language
    active in the thread, so each test starts in the source language.
    """
    translation.activate(settings.LANGUAGE_CODE)
    for cache in caches.all():
        cache.clear()
    yield
    for cache in caches.all():
        cache.clear()


@pytest.fixture
def locales(db):
    """The Locales the data migration creates, by language code."""
    return {locale.language_code: locale for locale in Locale.objects.all()}


@pytest.fixture
def site(db):
    """The default Site with an English HomePage as its root, replacing Wagtail's welcome page."""
    return make_site()


@pytest.fixture
def home_page(site):
    return site.root_page.specific


class Tree:
    """A home page with one of each index page and an About page below it.

    Pages are made when a test first asks for them, so a test pays for what it uses.
    """

    def __init__(self, home):
        self.home = home

    @cached_property
    def about(self):
        return StandardPageFactory(parent=self.home, title="About", slug="about")

    @cached_property
    def partners(self):
        return PartnerIndexPageFactory(parent=self.home, slug="partners")

    @cached_property
    def networks(self):
        return NetworkIndexPageFactory(parent=self.home, slug="networks")

    @cached_property
    def case_stories(self):
        return CaseStoryIndexPageFactory(parent=self.home, slug="case-stories")

    @cached_property
    def news(self):
        return NewsIndexPageFactory(parent=self.home, slug="news")

    @cached_property
    def outputs(self):
        return OutputIndexPageFactory(parent=self.home, slug="resources")

    @cached_property
    def events(self):
        return EventIndexPageFactory(parent=self.home, slug="events")

    @cached_property
    def contact(self):
        return ContactPageFactory(parent=self.home, slug="contact")


@pytest.fixture
def tree(home_page):
    return Tree(home_page)


def every_page_type(tree):
    """One live page of each of the fifteen page types, by kind (the partner leads)."""
    return {
        "home": tree.home,
        "standard": tree.about,
        "partner": PartnerPageFactory(parent=tree.partners, role="lead"),
        "case story": CaseStoryPageFactory(parent=tree.case_stories),
        "news": NewsPageFactory(parent=tree.news),
        "output": OutputPageFactory(parent=tree.outputs),
        "network": NetworkPageFactory(parent=tree.networks),
        "partner index": tree.partners,
        "network index": tree.networks,
        "case story index": tree.case_stories,
        "news index": tree.news,
        "output index": tree.outputs,
        "event": EventPageFactory(
            parent=tree.events,
            start_date=datetime.date(2018, 11, 27),
            start_time=datetime.time(9, 30),
            end_date=datetime.date(2018, 11, 28),
            end_time=datetime.time(15),
        ),
        "event index": tree.events,
        "contact": tree.contact,
    }


def shared_context(response):
    """The shared context of the page a response shows (BasePage.get_shared_context:
    its related items, a listing's items…), as its template read it: the template
    reads it only when it makes the page's content, so the response's own context
    may not hold it (a visit that found the content kept)."""
    page = response.context["page"]
    request = response.wsgi_request
    with translation.override(getattr(request, "LANGUAGE_CODE", None)):
        return page.shared_context(request)


def form_errors(response):
    """The page form's and its formsets' errors, for a readable failure."""
    if response.context is None or "form" not in response.context:
        return f"status {response.status_code}, no form in the response"
    form = response.context["form"]
    errors = {name: list(errs) for name, errs in form.errors.items()}
    for name, formset in getattr(form, "formsets", {}).items():
        if formset.non_form_errors():
            errors[f"{name} (formset)"] = list(formset.non_form_errors())
        for index, subform_errors in enumerate(formset.errors):
            if subform_errors:
                errors[f"{name}-{index}"] = dict(subform_errors)
    return errors


@pytest.fixture
def create_in_admin(admin_client):
    """POST a page to the Wagtail admin's add view and return the page it created.

    `data` is flat form data, as wagtail.test.utils.form_data's nested_form_data,
    streamfield, inline_formset and rich_text build it; the slug defaults to the title's.
    """

    def create(parent, model, data, publish=True):
        post = {"slug": slugify(data["title"]), **data}
        if publish:
            post["action-publish"] = "action-publish"
        url = reverse(
            "wagtailadmin_pages:add",
            args=(model._meta.app_label, model._meta.model_name, parent.pk),
        )
        response = admin_client.post(url, post)
        assert response.status_code == 302, form_errors(response)
        page = model.objects.child_of(parent).get(slug=post["slug"])
        assert response.url in {
            reverse("wagtailadmin_explore", args=(parent.pk,)),
            reverse("wagtailadmin_pages:edit", args=(page.pk,)),
        }
        return page

    return create


def translate_page(page, language_code, **changes):
    """Copy a page (and its untranslated ancestors) into a locale and publish it.

    Returns the published translation; keyword arguments change its fields first.
    """
    locale = Locale.objects.get(language_code=language_code)
    for ancestor in [*page.get_ancestors().filter(depth__gt=1), page]:
        ancestor = ancestor.specific
        translation = ancestor.get_translation_or_none(locale)
        is_page = ancestor.pk == page.pk
        if translation is not None and not is_page:
            continue
        translation = (translation or ancestor.copy_for_translation(locale)).specific
        if is_page:
            for name, value in changes.items():
                setattr(translation, name, value)
        translation.save_revision().publish()
    translation.refresh_from_db()
    return translation


@pytest.fixture
def translate(locales):
    """translate_page, for a test."""
    return translate_page
