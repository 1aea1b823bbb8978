"""RSS and Atom feeds of the case stories, per language."""

import feedparser
import pytest

from home.tests.factories import ImageFactory
from partners.tests.factories import CaseStoryPageFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("suffix", ["rss", "atom"])
def test_case_story_feed_parses_in_each_language(client, tree, translate, suffix):
    story = CaseStoryPageFactory(
        parent=tree.case_stories,
        title="Tailoring cooperative in Luleå",
        summary="Migrant women founded a sewing cooperative.",
        image=ImageFactory(),
    )
    CaseStoryPageFactory(parent=tree.case_stories, title="Village bus")
    swedish = translate(story, "sv", title="Sömnadskooperativ i Luleå")

    english = feedparser.parse(client.get(f"/en/feeds/case-stories.{suffix}").content)
    in_swedish = feedparser.parse(
        client.get(f"/sv/feeds/case-stories.{suffix}").content
    )

    for feed in (english, in_swedish):
        assert not feed.bozo, feed.get("bozo_exception")
    assert english.feed.title == "SEMPRE case stories"
    assert english.feed.language == "en"
    assert {entry.title for entry in english.entries} == {
        "Tailoring cooperative in Luleå",
        "Village bus",
    }
    assert in_swedish.feed.language == "sv"
    # The untranslated story is there too, in English and marked so.
    entry, fallback = sorted(
        in_swedish.entries, key=lambda e: e.link != swedish.full_url
    )
    assert fallback.title.startswith("Village bus (")
    for item, language in ((entry, "sv"), (fallback, "en")):
        marked = item.get("language") or item.title_detail.get("language") or "sv"
        assert marked == language, item.title
    assert entry.title == "Sömnadskooperativ i Luleå"
    assert entry.link == swedish.full_url
    assert entry.summary == "Migrant women founded a sewing cooperative."
    assert entry.published_parsed is not None
    assert len(entry.enclosures) == 1
