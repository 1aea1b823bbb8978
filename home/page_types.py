"""What the site's shared features need to know of a page type, declared by the type.

Cards, search, the <head> metadata, JSON-LD, feeds and the API read these attributes
from the page class (defaults on ``home.models.BasePage``), so adding a page type
touches its own app only. No feature keeps a table keyed by a model's name.
"""

from dataclasses import dataclass
from functools import cache

from django.urls import reverse
from wagtail.models import get_page_models


@dataclass(frozen=True)
class SearchFacet:
    """A kind of search result visitors can filter by."""

    key: str  # in the URL: ?type=news
    label: str
    date_field: str | None = None  # the date shown with a result
    order: int = 0  # the facets' order on the search page


@dataclass(frozen=True)
class PageFeed:
    """An RSS and Atom feed of a page type's latest pages in one language."""

    name: str  # the URL names <name>_feed_rss and <name>_feed_atom
    slug: str  # the URLs /<lang>/feeds/<slug>.rss and .atom
    title: str  # with a %(project)s placeholder
    index: str  # the index page model whose page the feed links to: "app.Model"
    ordering: tuple[str, ...]
    date_field: str | None = None  # the items' date, else their first publication

    def title_for(self, project):
        """The feed's title in the active language."""
        return str(self.title) % {"project": project}

    def url(self, kind):
        """The feed's address in the active language; `kind` is "rss" or "atom"."""
        return reverse(f"{self.name}_feed_{kind}")


@cache
def page_types_with(attribute):
    """The page models that declare a value for an attribute, in a stable order (the
    page models are fixed once Django has loaded them)."""
    return [
        model
        for model in sorted(get_page_models(), key=lambda m: m._meta.label)
        if getattr(model, attribute, None)
    ]


@cache
def feeds_by_name():
    """{name: PageFeed} of the feeds the page types declare."""
    return {model.feed.name: model.feed for model in page_types_with("feed")}
