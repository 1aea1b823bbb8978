"""RSS and Atom feeds of the news, per language."""

import datetime

import feedparser
import pytest
from django.utils import translation

from home.localization import in_language
from home.tests.factories import ImageFactory
from news.tests.factories import NewsPageFactory

pytestmark = pytest.mark.django_db


def fetch(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    return response, feed


@pytest.mark.parametrize(
    ("suffix", "version", "content_type"),
    [("rss", "rss20", "application/rss+xml"), ("atom", "atom10", "application/atom")],
)
def test_news_feed_has_the_latest_items_with_summary_date_and_image(
    client, tree, suffix, version, content_type
):
    NewsPageFactory(parent=tree.news, title="Old news", date=datetime.date(2016, 3, 1))
    newest = NewsPageFactory(
        parent=tree.news,
        title="Final conference in Rendsburg",
        summary="Partners presented 18 micro projects.",
        date=datetime.date(2019, 2, 20),
        image=ImageFactory(),
    )

    response, feed = fetch(client, f"/en/feeds/news.{suffix}")

    assert response["Content-Type"].startswith(content_type)
    assert feed.version == version
    assert feed.feed.title == "SEMPRE news"
    assert feed.feed.link == tree.news.full_url
    assert feed.feed.language == "en"
    assert [entry.title for entry in feed.entries] == [
        "Final conference in Rendsburg",
        "Old news",
    ]
    entry = feed.entries[0]
    assert entry.link == newest.full_url
    assert entry.summary == "Partners presented 18 micro projects."
    assert entry.published_parsed[:3] == (2019, 2, 20)
    (enclosure,) = entry.enclosures
    assert enclosure.href.startswith("http://testserver/media/images/")
    assert enclosure.type == "image/jpeg"
    assert int(enclosure.length) > 0
    assert feed.entries[1].enclosures == []


def entry_language(feed, entry):
    """dc:language of an RSS item, xml:lang of an Atom entry, else the feed's."""
    return (
        entry.get("language")
        or entry.title_detail.get("language")
        or feed.feed.get("language")
    )


def test_news_feed_is_in_the_language_of_its_address(client, tree, translate):
    """Every item once: the German translation, else the English item, marked."""
    english = NewsPageFactory(parent=tree.news, title="Final conference")
    NewsPageFactory(parent=tree.news, title="Not translated")
    german = translate(english, "de", title="Abschlusskonferenz")
    with translation.override("de"):
        in_english = str(in_language("en"))

    for suffix in ("rss", "atom"):
        _response, feed = fetch(client, f"/de/feeds/news.{suffix}")

        assert feed.feed.language == "de"
        assert feed.feed.link == german.get_parent().full_url
        assert {(e.title, entry_language(feed, e)) for e in feed.entries} == {
            ("Abschlusskonferenz", "de"),
            (f"Not translated ({in_english})", "en"),
        }


def test_news_feed_has_at_most_twenty_items(client, tree):
    for day in range(1, 23):
        NewsPageFactory(parent=tree.news, date=datetime.date(2018, 1, day))

    _response, feed = fetch(client, "/en/feeds/news.rss")

    assert len(feed.entries) == 20
    assert feed.entries[0].published_parsed[:3] == (2018, 1, 22)


def test_news_feed_of_a_language_without_a_home_page_is_not_found(client, tree):
    NewsPageFactory(parent=tree.news)

    assert client.get("/pl/feeds/news.rss").status_code == 404
    assert client.get("/xx/feeds/news.rss").status_code == 404


def test_a_control_character_in_a_title_does_not_break_the_feed(client, tree):
    NewsPageFactory(parent=tree.news, title="Bus\x08 timetable\x1b changes")

    _response, feed = fetch(client, "/en/feeds/news.rss")

    assert [entry.title for entry in feed.entries] == ["Bus timetable changes"]


def test_a_lost_image_file_leaves_the_item_without_its_image(client, tree):
    image = ImageFactory()
    page = NewsPageFactory(parent=tree.news, title="Village bus", image=image)
    image.file.storage.delete(image.file.name)  # e.g. a media folder not restored

    _response, feed = fetch(client, "/en/feeds/news.rss")
    html = client.get(page.url)
    api = client.get(f"/api/v2/pages/{page.pk}/")

    assert [entry.title for entry in feed.entries] == ["Village bus"]
    assert feed.entries[0].get("enclosures") == []
    assert html.status_code == 200
    assert 'property="og:image"' not in html.content.decode()
    assert api.status_code == 200 and api.json()["social_image"] is None


@pytest.mark.parametrize("suffix", ["rss", "atom"])
def test_an_empty_feed_is_dated_by_its_home_page_not_by_the_request(
    client, tree, suffix
):
    assert tree.news.live  # the index, with no news in it
    home = tree.home
    home.last_published_at = datetime.datetime(2019, 2, 28, 12, tzinfo=datetime.UTC)
    home.save(update_fields=["last_published_at"])

    first = client.get(f"/en/feeds/news.{suffix}").content
    feed = feedparser.parse(first)
    assert feed.entries == []
    assert feed.feed.updated_parsed[:4] == (2019, 2, 28, 12)
    assert client.get(f"/en/feeds/news.{suffix}").content == first
