"""Template tags for the <head>: metadata, social cards and structured data."""

from django import template
from django.utils import translation
from wagtail.models import Page, Site

from discovery import seo
from home import fragments
from home.models import SiteSettings

register = template.Library()


@register.simple_tag(takes_context=True)
def page_meta(context, page, versions=()):
    """The description, social image, locales, feeds and JSON-LD of a page."""
    if not isinstance(page, Page):
        return None

    request = context.get("request")

    def compute():
        site = Site.find_for_request(request) if request else None
        site_settings = SiteSettings.for_request(request) if site else None
        return seo.page_meta(page.specific, request, site_settings, versions or ())

    # Made of the published page and its addresses: kept until the content changes.
    return fragments.remember(
        "page-meta",
        (*fragments.page_parts(page, request), translation.get_language()),
        compute,
        request,
    )
