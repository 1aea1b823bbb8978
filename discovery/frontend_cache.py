"""Purging the frontend cache (Varnish) when a page changes.

On publish, unpublish (deletion included: Wagtail unpublishes a live page it deletes)
and move, every address whose content may have changed is purged through
wagtail.contrib.frontend_cache: the page in each language, where it stood before a
move, the pages above it (its listing and the home page) in every language (a listing
in another language shows it as a fallback), the pages that link to it, every
language's home page, feeds, search and project export, the sitemaps and the API.
The VCL (deploy/varnish/default.vcl) purges a path with all its query strings, so a
listing's pages and filters, and the API's queries, go with it; the paths a page serves
below its own (an event's calendar file) come from its get_cached_paths, as in Wagtail.

Purging is on when FRONTEND_CACHE_URL names the cache (WAGTAILFRONTENDCACHE).
"""

import logging

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.models import Page, ReferenceIndex, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from discovery.feeds import feed_urls
from discovery.sitemap import SITEMAPS

logger = logging.getLogger(__name__)

# Addresses under every language prefix that list or count pages.
LANGUAGE_VIEWS = [
    "search",
    "project_json",
    "project_partners_csv",
    "project_outputs_csv",
]


def language_addresses(root_url):
    """Feeds, search and the project export of every language."""
    names = LANGUAGE_VIEWS + [pattern.name for pattern in feed_urls()]
    urls = set()
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            for name in names:
                try:
                    urls.add(root_url + reverse(name))
                except NoReverseMatch:
                    continue
    return urls


def site_addresses(root_url):
    """The sitemaps and the API's page listings."""
    urls = {root_url + reverse("sitemap")}
    urls |= {
        root_url + reverse("sitemap_section", args=[section]) for section in SITEMAPS
    }
    api = root_url + "/api/v2/"
    urls |= {api + "pages/", api + "pages/find/", api + "documents/", api + "images/"}
    return urls


def affected_pages(page):
    """The page in each language, what stands above each, the translations of its
    listing (and what stands above them), and the pages linking to it."""
    translations = list(page.get_translations(inclusive=True))
    parent = page.get_parent()
    listings = list(parent.get_translations(inclusive=True)) if parent else []
    # The ancestors of them all in one query: an ancestor's tree path is a prefix of
    # its descendant's (treebeard's materialised path, steplen characters a level).
    steplen = Page.steplen
    above = {
        each.path[:length]
        for each in translations + listings
        for length in range(2 * steplen, len(each.path), steplen)
    }
    pages = {each.pk for each in translations + listings}
    pages.update(Page.objects.filter(path__in=above).values_list("pk", flat=True))
    linking = (
        ReferenceIndex.get_references_to(page)
        .filter(base_content_type=ContentType.objects.get_for_model(Page))
        .values_list("object_id", flat=True)
    )
    pages.update(int(pk) for pk in linking if str(pk).isdigit())
    homes = Page.objects.filter(depth=2).values_list("pk", flat=True)
    pages.update(homes)
    return Page.objects.filter(pk__in=pages).live().specific(defer=True)


def purge_page(page, old_url=None):
    """Purge everything the page's change may show on, once the change is committed:
    a visitor's request that reached the site between the purge and the commit would
    put the old page back in the cache. The addresses are listed now (a deleted page
    has none after the commit)."""
    batch = addresses_to_purge(page, old_url)
    if batch is None:
        return

    def purge():
        logger.info("Purging %d addresses for page %s", len(batch.urls), page.pk)
        batch.purge()

    transaction.on_commit(purge)


def addresses_to_purge(page, old_url=None):
    """A PurgeBatch of everything the page's change may show on, or None."""
    if not settings.WAGTAILFRONTENDCACHE:
        return None
    site = page.get_site() or Site.objects.filter(is_default_site=True).first()
    if site is None:
        return None
    root_url = site.root_url
    batch = PurgeBatch()
    # Each page with the paths below it that it serves (Wagtail's get_cached_paths:
    # an event's calendar file).
    batch.add_pages(affected_pages(page))
    # The page itself, live or not (an unpublished page's address must go too).
    for each in page.get_translations(inclusive=True).specific(defer=True):
        batch.add_page(each)
        batch.add_url(f"{root_url}/api/v2/pages/{each.pk}/")
    if old_url:
        batch.add_url(old_url)
    batch.add_urls(language_addresses(root_url))
    batch.add_urls(site_addresses(root_url))
    return batch


def published(sender, instance, **kwargs):
    purge_page(instance)


def unpublished(sender, instance, **kwargs):
    purge_page(instance)


def moved(sender, instance, url_path_before, url_path_after, **kwargs):
    if url_path_before == url_path_after:
        return
    page = instance.specific_deferred
    url = page.get_full_url()
    old_url = None
    if url:
        old = Page(url_path=url_path_before, locale_id=page.locale_id, pk=page.pk)
        old_url = old.get_full_url()
    purge_page(page, old_url=old_url)


def connect():
    page_published.connect(published, dispatch_uid="discovery.purge_published")
    page_unpublished.connect(unpublished, dispatch_uid="discovery.purge_unpublished")
    post_page_move.connect(moved, dispatch_uid="discovery.purge_moved")
