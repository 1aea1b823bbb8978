"""RSS and Atom feeds of one language's latest pages, for each page type that declares one."""

import datetime
import logging
import re
from dataclasses import dataclass

from django.apps import apps
from django.contrib.syndication.views import Feed
from django.http import Http404
from django.urls import path
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Enclosure, Rss201rev2Feed
from wagtail.models import Locale, Page, Site

from home.localization import in_language, mark_fallbacks, one_per_item
from home.models import SiteSettings, content_date
from home.page_types import page_types_with
from home.sharing import page_description, social_image

logger = logging.getLogger(__name__)


class StableDateMixin:
    """An empty feed is dated by the last publication of its home page, not by the
    time of the request: a feed read twice, or from a restored backup, is the same."""

    def latest_post_date(self):
        dated = any(
            item.get("updateddate") or item.get("pubdate") for item in self.items
        )
        if not dated and self.feed.get("fallback_updated"):
            return self.feed["fallback_updated"]
        return super().latest_post_date()


class LanguageRssFeed(StableDateMixin, Rss201rev2Feed):
    """RSS 2.0 whose items in another language than the feed's carry dc:language."""

    def rss_attributes(self):
        return {**super().rss_attributes(), "xmlns:dc": DC_NAMESPACE}

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        if item.get("item_language"):
            handler.addQuickElement("dc:language", item["item_language"])


class LanguageAtomFeed(StableDateMixin, Atom1Feed):
    """Atom whose entries in another language than the feed's carry xml:lang."""

    def item_attributes(self, item):
        attributes = super().item_attributes(item)
        if item.get("item_language"):
            attributes = {**attributes, "xml:lang": item["item_language"]}
        return attributes


DC_NAMESPACE = "http://purl.org/dc/elements/1.1/"


@dataclass
class FeedSource:
    """What one request's feed is about: the language's home and index page."""

    request: object
    home: Page
    index: Page | None
    site_settings: object


class PageTypeFeed(Feed):
    """The latest live pages of one type in the language of the URL (RSS 2.0), as the
    page type declares its feed (a home.page_types.PageFeed)."""

    feed_type = LanguageRssFeed
    limit = 20

    def __init__(self, model):
        self.model = model
        self.spec = model.feed
        self.index_model = apps.get_model(self.spec.index)

    def feed_title(self, project):
        return str(self.spec.title) % {"project": project}

    def get_object(self, request, *args, **kwargs):
        site = Site.find_for_request(request)
        if site is None:
            raise Http404("No site")
        home = (
            site.root_page.get_translations(inclusive=True)
            .live()
            .filter(locale=Locale.get_active())
            .first()
        )
        if home is None:
            raise Http404("The site has no home page in this language.")
        index = (
            self.index_model.objects.live().public().descendant_of(home).first()
            if self.index_model
            else None
        )
        return FeedSource(request, home, index, SiteSettings.for_site(site))

    def title(self, source):
        return self.feed_title(source.site_settings.project_name)

    def feed_extra_kwargs(self, source):
        # Dated by the content, never by the time of the request.
        return {
            "fallback_updated": content_date(source.home)
            or datetime.datetime(2000, 1, 1, tzinfo=datetime.UTC)
        }

    def link(self, source):
        return (source.index or source.home).get_full_url(source.request)

    def description(self, source):
        return page_description(source.index) if source.index else ""

    def subtitle(self, source):
        return self.description(source)

    def author_name(self, source):
        return source.site_settings.project_name

    def items(self, source):
        # Every item once: in the feed's language where translated, else the source
        # version, marked (dc:language or xml:lang, and the title says so).
        pages = mark_fallbacks(
            one_per_item(self.model.objects.live().public(), source.home.locale_id)
            .select_related("image", "locale")
            .prefetch_related("image__renditions")
            .order_by(*self.spec.ordering)[: self.limit],
            source.home.locale_id,
        )
        for page in pages:
            page.feed_source = source
        return pages

    def item_title(self, page):
        if page.fallback_language:
            return xml_text(f"{page.title} ({in_language(page.fallback_language)})")
        return xml_text(page.title)

    def item_extra_kwargs(self, page):
        return {"item_language": page.fallback_language}

    def item_description(self, page):
        return xml_text(page_description(page))

    def item_link(self, page):
        return page.get_full_url(page.feed_source.request)

    def item_pubdate(self, page):
        if self.spec.date_field:
            return date_as_datetime(getattr(page, self.spec.date_field))
        return page.first_published_at

    def item_updateddate(self, page):
        return page.last_published_at

    def item_author_name(self, page):
        return page.feed_source.site_settings.project_name

    def item_enclosures(self, page):
        """The item's sharing image (its own image only, no site default)."""
        image = social_image(page, None, page.feed_source.request)
        if image is None:
            return []
        try:
            size = image["rendition"].file.size
        except OSError:
            logger.warning("No enclosure for %s: cannot read its image", page.pk)
            return []
        return [
            Enclosure(url=image["url"], length=str(size), mime_type=image["mime_type"])
        ]


# Characters XML 1.0 forbids (control characters other than tab and line breaks):
# Django's feed writer refuses them, so one in a title would break the whole feed.
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_text(text):
    return NOT_XML.sub("", text or "")


class AtomFeedMixin:
    """The same feed as Atom 1.0."""

    feed_type = LanguageAtomFeed


def date_as_datetime(date):
    """Noon of a date in the site's time zone, for a feed's publication date.

    Noon, so that a reader that converts to UTC still shows the same day.
    """
    return timezone.make_aware(datetime.datetime.combine(date, datetime.time(12)))


class AtomPageTypeFeed(AtomFeedMixin, PageTypeFeed):
    """The same feed as Atom."""


def feed_urls():
    """The RSS and Atom URLs of every page type that declares a feed."""
    patterns = []
    for model in page_types_with("feed"):
        spec = model.feed
        patterns += [
            path(
                f"feeds/{spec.slug}.rss",
                PageTypeFeed(model),
                name=f"{spec.name}_feed_rss",
            ),
            path(
                f"feeds/{spec.slug}.atom",
                AtomPageTypeFeed(model),
                name=f"{spec.name}_feed_atom",
            ),
        ]
    return patterns
