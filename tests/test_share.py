"""Share and follow: plain share links on articles, case stories and outputs, and
visible feed links, in every language; no script or request to another host."""

from urllib.parse import parse_qs, urlsplit

import lxml.html
import pytest
from django.conf import settings
from django.utils import translation

from news.tests.factories import NewsPageFactory
from partners.tests.factories import CaseStoryPageFactory
from resources.tests.factories import OutputPageFactory

pytestmark = pytest.mark.django_db

LANGUAGES = [code for code, _name in settings.LANGUAGES]


def share_links(client, page):
    document = lxml.html.fromstring(client.get(page.url).content)
    (share,) = document.find_class("share")
    return document, {
        link.get("class").split("--")[-1]: link for link in share.iter("a")
    }


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_article_offers_plain_share_links_in_the_visitors_language(
    client, tree, translate, language
):
    page = NewsPageFactory(parent=tree.news, title="Partners meet in Riga & Vaasa")
    if language != settings.LANGUAGE_CODE:
        page = translate(page, language, title=f"Riga ({language})")
    document, links = share_links(client, page)
    url = f"http://localhost{page.url}"

    mail = urlsplit(links["email"].get("href"))
    assert mail.scheme == "mailto"
    assert parse_qs(mail.query) == {"subject": [page.title], "body": [url]}
    linkedin = urlsplit(links["linkedin"].get("href"))
    assert linkedin.netloc == "www.linkedin.com"
    assert parse_qs(linkedin.query) == {"url": [url]}
    mastodon = urlsplit(links["mastodon"].get("href"))
    assert parse_qs(mastodon.query) == {"text": [f"{page.title} {url}"]}
    assert links["copy"].get("href") == url
    with translation.override(language):
        assert links["copy"].text_content() == translation.gettext("Copy link")
        assert links["email"].text_content() == translation.gettext("E-mail")
    # Links only: nothing of those services is loaded with the page.
    for script in document.iter("script"):
        assert not (script.get("src") or "").startswith(("http:", "https:", "//"))


def test_case_stories_and_outputs_can_be_shared_too(client, tree):
    for page in (
        CaseStoryPageFactory(parent=tree.case_stories),
        OutputPageFactory(parent=tree.outputs),
    ):
        _document, links = share_links(client, page)
        assert set(links) == {"email", "linkedin", "mastodon", "copy"}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_shows_the_feeds_of_its_language(client, tree, translate, language):
    home = (
        tree.home
        if language == settings.LANGUAGE_CODE
        else translate(tree.home, language)
    )
    document = lxml.html.fromstring(client.get(home.url).content)
    (feeds,) = document.find_class("footer-feeds")
    hrefs = [link.get("href") for link in feeds.iter("a")]
    assert sorted(hrefs) == sorted(
        f"/{language}/feeds/{slug}.{kind}"
        for slug in ("case-stories", "news")
        for kind in ("rss", "atom")
    )
    for link in feeds.iter("a"):
        response = client.get(link.get("href"))
        assert response.status_code == 200
        assert response["Content-Type"].startswith(link.get("type"))
