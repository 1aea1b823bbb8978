"""The archive: from the site settings' archive date on, every page says, in the
visitor's language, that the project has ended and the site is its archive; statuses
read as of the project's end; forms are closed; the admin stays."""

import datetime

import lxml.html
import pytest
from django.conf import settings
from django.core import mail
from django.utils import formats, translation
from wagtail.contrib.forms.models import FormSubmission

from home.models import SiteSettings
from partners.tests.factories import CaseStoryPageFactory
from tests.conftest import every_page_type

pytestmark = pytest.mark.django_db

LANGUAGES = [code for code, _name in settings.LANGUAGES]
END = datetime.date(2019, 2, 28)


def archive(tree, since):
    site_settings = SiteSettings.for_site(tree.home.get_site())
    site_settings.project_name = "SEMPRE"
    site_settings.project_end = END
    site_settings.archive_from = since
    site_settings.save()


def notice(response):
    document = lxml.html.fromstring(response.content)
    found = document.find_class("archive-notice")
    return " ".join(found[0].text_content().split()) if found else None


NOTICE = (
    "%(project)s ended in %(month)s. This site is its archive: everything it "
    "published stays here, but it is no longer updated."
)


def expected_notice(language):
    with translation.override(language):
        text = translation.gettext(NOTICE)
        if language != "en":
            assert text != NOTICE, f"not translated into {language}"
        month = formats.date_format(END, "YEAR_MONTH_FORMAT")
        return text % {"project": "SEMPRE", "month": month}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_says_the_site_is_an_archive_in_the_visitors_language(
    client, tree, translate, language
):
    archive(tree, datetime.date(2021, 6, 30))
    pages = every_page_type(tree)
    if language != settings.LANGUAGE_CODE:
        pages = {
            "home": translate(tree.home, language),
            "news": translate(pages["news"], language),
            "event": translate(pages["event"], language),
        }
    for kind, page in pages.items():
        response = client.get(page.url)
        assert response.status_code == 200, kind
        assert notice(response) == expected_notice(language), kind


def test_before_the_archive_date_nothing_is_said(client, tree):
    archive(tree, datetime.date.today() + datetime.timedelta(days=1))
    assert notice(client.get(tree.home.url)) is None
    archive(tree, None)
    assert notice(client.get(tree.home.url)) is None


@pytest.mark.parametrize("language", ["en", "lv"])
def test_statuses_read_as_of_the_projects_end(client, tree, translate, language):
    story = CaseStoryPageFactory(
        parent=tree.case_stories, status="running", end_date=None
    )
    if language != settings.LANGUAGE_CODE:
        story = translate(story, language)
    with translation.override(language):
        running = translation.gettext("Running")
        then = translation.gettext("Running when the project ended (%(month)s)") % {
            "month": formats.date_format(END, "YEAR_MONTH_FORMAT")
        }
        open_end = translation.gettext("ongoing when the project ended")
    archive(tree, None)
    before = client.get(story.url).content.decode()
    assert running in before and then not in before
    archive(tree, datetime.date(2021, 6, 30))
    for url in (story.url, story.get_parent().url):
        text = " ".join(
            lxml.html.fromstring(client.get(url).content).text_content().split()
        )
        assert then in text, url
    story_text = client.get(story.url).content.decode()
    assert open_end in story_text


def test_forms_are_closed_and_the_admin_stays(client, admin_client, tree):
    archive(tree, datetime.date(2021, 6, 30))
    response = client.get(tree.contact.url)
    assert response.status_code == 200
    document = lxml.html.fromstring(response.content)
    assert not document.xpath("//form[@method='post']")
    assert document.find_class("form-closed")
    response = client.post(
        tree.contact.url,
        {
            "your_name": "Anna",
            "your_e_mail_address": "anna@example.org",
            "your_message": "Hello",
            "consent": "on",
        },
    )
    assert response.status_code == 410
    assert not FormSubmission.objects.exists()
    assert mail.outbox == []
    assert admin_client.get("/admin/").status_code == 200
