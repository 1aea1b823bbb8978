"""Template tags for the <head>: metadata, social cards and structured data."""

from django import template
from wagtail.models import Page, Site

from discovery import seo
from home.models import SiteSettings

register = template.Library()


@register.simple_tag(takes_context=True)
def page_meta(context, page, versions=()):
    """The description, social image, locales, feeds and JSON-LD of a page."""
    if not isinstance(page, Page):
        return None

    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    site_settings = SiteSettings.for_request(request) if site else None
    return seo.page_meta(page.specific, request, site_settings, versions or ())
