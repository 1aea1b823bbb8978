"""What search engines, social networks and feed readers read about a page.

The page's `<head>` metadata (description, social image, Open Graph locales, feed
links) and its structured data (schema.org JSON-LD), computed in one place for every
page type so templates only print them.
"""

import html
import json
import logging

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.template.defaultfilters import filesizeformat
from django.templatetags.static import static
from django.urls import reverse
from django.utils import translation
from django.utils.functional import cached_property
from django.utils.html import strip_tags
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.utils.translation import gettext
from wagtail.images.models import SourceImageIOError

logger = logging.getLogger(__name__)

# Open Graph wants a territory; these are the countries where each language is at home.
OG_LOCALES = {
    "en": "en_GB",
    "de": "de_DE",
    "sv": "sv_SE",
    "fi": "fi_FI",
    "da": "da_DK",
    "et": "et_EE",
    "lv": "lv_LV",
    "lt": "lt_LT",
    "pl": "pl_PL",
}

# The size Facebook, LinkedIn and X recommend for a large card.
SOCIAL_IMAGE_SPEC = "fill-1200x630"

DESCRIPTION_LENGTH = 300

ARTICLE_TYPES = {"news.newspage": "NewsArticle", "partners.casestorypage": "Article"}

# Which feeds a page announces with <link rel="alternate">, by page type.
PAGE_FEEDS = {
    "home.homepage": ("news", "case_stories"),
    "news.newsindexpage": ("news",),
    "partners.casestoryindexpage": ("case_stories",),
}

# Characters that could end the <script> element or start markup inside it; JSON
# allows them escaped, so no editor's text can break out of the script.
JSON_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def og_locale(language_code):
    """The Open Graph locale (e.g. de_DE) of a language code."""
    return OG_LOCALES.get(language_code, language_code.replace("-", "_"))


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


def content_size(size):
    """schema.org's contentSize is text: "2.4 MB", the same in every language."""
    if not size:
        return None
    with translation.override("en"):
        return str(filesizeformat(size)).replace("\xa0", " ")


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


def page_feeds(page, site_settings):
    """The feeds a page links to: [{type, title, url}], in the active language."""
    names = PAGE_FEEDS.get(page._meta.label_lower, ())
    project = site_settings.project_name if site_settings else ""
    titles = {
        "news": gettext("%(project)s news") % {"project": project},
        "case_stories": gettext("%(project)s case stories") % {"project": project},
    }
    feeds = []
    for name in names:
        feeds.append(
            {
                "type": "application/rss+xml",
                "title": f"{titles[name]} (RSS)",
                "url": reverse(f"{name}_feed_rss"),
            }
        )
        feeds.append(
            {
                "type": "application/atom+xml",
                "title": f"{titles[name]} (Atom)",
                "url": reverse(f"{name}_feed_atom"),
            }
        )
    return feeds


def json_ld(data):
    """JSON for a <script type="application/ld+json"> element, safe to print as is."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False)
    return mark_safe(text.translate(JSON_SCRIPT_ESCAPES))  # noqa: S308


class StructuredData:
    """The schema.org descriptions of one page, as a list of JSON-LD objects."""

    def __init__(self, page, request, site_settings, image=None):
        self.page = page
        self.request = request
        self.site_settings = site_settings
        self.image = image
        self.language = page.locale.language_code

    def build(self):
        builders = {
            "home.homepage": self.home,
            "news.newspage": self.article,
            "partners.casestorypage": self.article,
            "partners.partnerpage": self.partner,
            "resources.resourcepage": self.output,
        }
        nodes = []
        builder = builders.get(self.page._meta.label_lower)
        if builder is not None:
            nodes.extend(builder())
        nodes.append(self.breadcrumbs())
        return [{"@context": "https://schema.org", **node} for node in nodes]

    def url(self, page):
        return page.get_full_url(self.request)

    @cached_property
    def home_page(self):
        if self.page.depth == 2:
            return self.page
        return self.page.get_ancestors().filter(depth=2).first() or self.page

    def project_name(self):
        return self.site_settings.project_name if self.site_settings else ""

    def project_id(self):
        return f"{self.url(self.home_page)}#project"

    def logo(self):
        return absolute(self.request, static("img/mark.svg"))

    def publisher(self):
        return {
            "@type": "Organization",
            "@id": self.project_id(),
            "name": self.project_name(),
            "url": self.url(self.home_page),
            "logo": {"@type": "ImageObject", "url": self.logo()},
        }

    def funders(self):
        funders = [{"@type": "Organization", "name": gettext("European Union")}]
        programme = self.site_settings.programme_name if self.site_settings else ""
        if programme:
            funders.append({"@type": "Organization", "name": programme})
        return funders

    def home(self):
        site_settings = self.site_settings
        project = {
            "@type": "Organization",
            "@id": self.project_id(),
            "name": self.project_name(),
            "alternateName": site_settings.project_title if site_settings else "",
            "url": self.url(self.page),
            "logo": self.logo(),
            "description": page_description(self.page),
            "funder": self.funders(),
        }
        if site_settings and site_settings.contact_email:
            project["email"] = site_settings.contact_email
        nodes = [project]
        lead = self.lead_partner()
        if lead is not None:
            lead_node = self.organisation(lead)
            project["member"] = [
                {
                    "@type": "OrganizationRole",
                    "roleName": gettext("Lead partner"),
                    "member": {"@id": lead_node["@id"]},
                }
            ]
            nodes.append(lead_node)
        return nodes

    def lead_partner(self):
        """The lead partner's page in this page's language, else in the source."""
        from home.localization import one_per_item
        from partners.models import PartnerPage

        leads = PartnerPage.objects.live().public().filter(role="lead").order_by("path")
        return (
            one_per_item(leads, self.page.locale_id).select_related("country").first()
        )

    def organisation(self, partner):
        url = self.url(partner)
        node = {
            "@type": "Organization",
            "@id": f"{url}#organization",
            "name": partner.title,
            "url": partner.website or url,
            "mainEntityOfPage": url,
        }
        if partner.short_name:
            node["alternateName"] = partner.short_name
        address = {"@type": "PostalAddress", "addressCountry": partner.country.code}
        if partner.city:
            address["addressLocality"] = partner.city
        if partner.address:
            address["streetAddress"] = " ".join(partner.address.split())
        node["address"] = address
        return node

    def partner(self):
        node = self.organisation(self.page)
        node["description"] = page_description(self.page)
        node["memberOf"] = {"@id": self.project_id(), "name": self.project_name()}
        return [node]

    def article(self):
        page = self.page
        url = self.url(page)
        published = getattr(page, "date", None) or page.first_published_at
        node = {
            "@type": ARTICLE_TYPES[page._meta.label_lower],
            "headline": Truncator(page.title).chars(110),
            "description": page_description(page),
            "url": url,
            "mainEntityOfPage": url,
            "inLanguage": self.language,
            "datePublished": published,
            "dateModified": page.last_published_at or published,
            "author": {"@id": self.project_id(), "name": self.project_name()},
            "publisher": self.publisher(),
        }
        if self.image:
            node["image"] = [self.image["url"]]
        if getattr(page, "is_example", False):
            node["creativeWorkStatus"] = "Example"
        return [node]

    def output(self):
        """A CreativeWork with a DigitalDocument for each language's file."""
        from home.templatetags.portal_tags import term_name

        page = self.page
        url = self.url(page)
        files = list(self.output_files())
        node = {
            "@type": "CreativeWork",
            "name": page.title,
            "description": page_description(page),
            "url": url,
            "mainEntityOfPage": url,
            "inLanguage": sorted({file["language"] for file in files}),
            "datePublished": page.publication_date,
            "genre": str(page.get_resource_type_display()),
            "publisher": self.publisher(),
            "hasPart": [self.digital_document(file) for file in files],
        }
        partners = page.authoring_partners
        if partners:
            node["author"] = [
                {"@type": "Organization", "name": p.title, "url": self.url(p)}
                for p in partners
            ]
        if page.authors:
            node["creditText"] = page.authors
        context = {"request": self.request}
        audiences = [term_name(context, term) for term in page.audience_terms]
        if audiences:
            node["audience"] = [
                {"@type": "Audience", "audienceType": name} for name in audiences
            ]
        themes = [term_name(context, term) for term in page.theme_terms]
        if themes:
            node["keywords"] = themes
        if self.image:
            node["image"] = [self.image["url"]]
        return [node]

    def digital_document(self, file):
        """One language version of an output."""
        document = {
            "@type": "DigitalDocument",
            "name": file["title"],
            "inLanguage": file["language"],
            "encodingFormat": file["content_type"],
            "contentSize": content_size(file["size"]),
            "url": file["url"],
        }
        if file["edition"]:
            document["version"] = file["edition"]
        if file["edition_date"]:
            document["dateModified"] = file["edition_date"]
        return document

    def output_files(self):
        from resources.api import file_records

        return file_records(self.page, self.request)

    def breadcrumbs(self):
        page = self.page
        trail = [] if page.depth <= 2 else [self.home_page]
        trail.extend(getattr(page, "breadcrumbs", ()))
        trail.append(page)
        return {
            "@type": "BreadcrumbList",
            "itemListElement": [
                {
                    "@type": "ListItem",
                    "position": position,
                    "name": crumb.title,
                    "item": self.url(crumb),
                }
                for position, crumb in enumerate(trail, start=1)
            ],
        }


def page_meta(page, request, site_settings, versions=()):
    """Everything the <head> prints about a page (see templates/includes/meta.html)."""
    image = social_image(page, site_settings, request)
    language = page.locale.language_code
    label = page._meta.label_lower
    is_article = label in ARTICLE_TYPES
    published = getattr(page, "date", None) or page.first_published_at
    return {
        "title": page.seo_title or page.title,
        "description": page_description(page),
        "url": page.get_full_url(request),
        "image": image,
        "og_type": "article" if is_article else "website",
        "published": published if is_article else None,
        "modified": page.last_published_at if is_article else None,
        "og_locale": og_locale(language),
        "og_locale_alternates": [
            og_locale(version["code"])
            for version in versions
            if version.get("available") and not version.get("current")
        ],
        "feeds": page_feeds(page, site_settings),
        "json_ld": [
            json_ld(node)
            for node in StructuredData(page, request, site_settings, image).build()
        ],
    }
