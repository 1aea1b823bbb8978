"""What a page shows of itself when it is shared, listed in a feed or read through
the API: its description and its image, in the size social networks ask for."""

import html
import logging
from urllib.parse import quote, urlencode

from django.conf import settings
from django.utils.html import strip_tags
from django.utils.text import Truncator
from wagtail.images.models import SourceImageIOError

from home.renditions import SOCIAL

logger = logging.getLogger(__name__)

# The size Facebook, LinkedIn and X recommend for a large card.
SOCIAL_IMAGE_SPEC = SOCIAL

DESCRIPTION_LENGTH = 300


def page_description(page):
    """The search description, else the summary, else the page's introduction."""
    for text in (
        getattr(page, "search_description", ""),
        getattr(page, "summary", ""),
        getattr(page, "hero_intro", ""),
        html.unescape(strip_tags(getattr(page, "intro", "") or "")),
    ):
        text = " ".join((text or "").split())
        if text:
            return Truncator(text).chars(DESCRIPTION_LENGTH)
    return ""


def own_image(page):
    """The image that stands for the page: its cover, lead image or hero image."""
    for attr in ("cover_image", "image", "hero_image"):
        image = getattr(page, attr, None)
        if image is not None:
            return image
    return None


def social_image(page, site_settings, request):
    """The 1200×630 rendition of the page's image, else of the site's default image.

    A dict with url (absolute), width, height, alt, mime type and size, or None.
    """
    image = own_image(page) if page is not None else None
    if image is None and site_settings is not None:
        image = site_settings.default_image
    if image is None:
        return None
    try:
        rendition = image.get_rendition(SOCIAL_IMAGE_SPEC)
    except (SourceImageIOError, OSError):
        # The image's file is missing or unreadable: the page goes out without a
        # sharing image rather than failing (Wagtail's {% image %} does the same).
        logger.warning(
            "No sharing image for page %s: cannot read image %s",
            getattr(page, "pk", None),
            image.pk,
        )
        return None
    return {
        "url": absolute(request, rendition.url),
        "width": rendition.width,
        "height": rendition.height,
        "alt": getattr(image, "default_alt_text", "") or image.title,
        "mime_type": rendition_mime_type(rendition),
        "rendition": rendition,
    }


def rendition_mime_type(rendition):
    extension = rendition.file.name.rsplit(".", 1)[-1].lower()
    return {
        "jpg": "image/jpeg",
        "jpeg": "image/jpeg",
        "png": "image/png",
        "gif": "image/gif",
        "webp": "image/webp",
        "avif": "image/avif",
    }.get(extension, "application/octet-stream")


def absolute(request, url):
    """An absolute URL for a path, on the host of the request or the admin base URL."""
    if not url or url.startswith(("http://", "https://")):
        return url
    if request is not None:
        return request.build_absolute_uri(url)
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + url


def share_links(page, request):
    """Plain links that share a page: e-mail, LinkedIn, Mastodon (through Share₂Fedi,
    which asks for the visitor's own server) and the address itself. Nothing is
    loaded from those services until a visitor follows a link: no script, no
    counter, no tracking."""
    url = page.get_full_url(request)
    title = page.seo_title or page.title
    return [
        {
            "name": "email",
            "url": "mailto:?"
            + urlencode({"subject": title, "body": url}, quote_via=quote),
        },
        {
            "name": "linkedin",
            "url": "https://www.linkedin.com/sharing/share-offsite/?"
            + urlencode({"url": url}),
        },
        {
            "name": "mastodon",
            "url": "https://s2f.kytta.dev/?" + urlencode({"text": f"{title} {url}"}),
        },
        {"name": "copy", "url": url},
    ]
