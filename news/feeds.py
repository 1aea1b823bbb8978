"""RSS and Atom feeds of the latest news in one language."""

from django.utils.translation import gettext

from home.feeds import AtomFeedMixin, PageFeed, date_as_datetime
from news.models import NewsIndexPage, NewsPage


class NewsFeed(PageFeed):
    """The 20 latest news items of the language in the URL."""

    model = NewsPage
    index_model = NewsIndexPage
    ordering = ("-date", "-pk")

    def feed_title(self, project):
        return gettext("%(project)s news") % {"project": project}

    def item_pubdate(self, page):
        return date_as_datetime(page.date)


class NewsAtomFeed(AtomFeedMixin, NewsFeed):
    """The news feed as Atom."""
