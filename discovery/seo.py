"""What search engines, social networks and feed readers read about a page.

The page's `<head>` metadata (description, social image, Open Graph locales, feed
links) and its structured data (schema.org JSON-LD), computed in one place for every
page type so templates only print them.
"""

import json

from django.core.serializers.json import DjangoJSONEncoder
from django.template.defaultfilters import filesizeformat
from django.templatetags.static import static
from django.utils import translation
from django.utils.functional import cached_property
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.utils.translation import gettext

from home.links import safe_href
from home.localization import one_per_item
from home.page_types import feeds_by_name
from home.sharing import (
    absolute,
    page_description,
    social_image,
)
from home.templatetags.portal_tags import term_name
from partners.models import PartnerPage
from resources.api import file_records

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

# Characters that could end the <script> element or start markup inside it; JSON
# allows them escaped, so no editor's text can break out of the script.
JSON_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def og_locale(language_code):
    """The Open Graph locale (e.g. de_DE) of a language code."""
    return OG_LOCALES.get(language_code, language_code.replace("-", "_"))


def content_size(size):
    """schema.org's contentSize is text: "2.4 MB", the same in every language."""
    if not size:
        return None
    with translation.override("en"):
        return str(filesizeformat(size)).replace("\xa0", " ")


FEED_FORMATS = (
    ("rss", "RSS", "application/rss+xml"),
    ("atom", "Atom", "application/atom+xml"),
)


def page_feeds(page, site_settings):
    """The feeds a page links to: [{type, title, url}], in the active language."""
    project = site_settings.project_name if site_settings else ""
    feeds = []
    for name in getattr(page, "announced_feeds", ()):
        feed = feeds_by_name()[name]
        title = feed.title_for(project)
        for suffix, label, media_type in FEED_FORMATS:
            feeds.append(
                {
                    "type": media_type,
                    "title": f"{title} ({label})",
                    "url": feed.url(suffix),
                }
            )
    return feeds


def json_ld(data):
    """JSON for a <script type="application/ld+json"> element, safe to print as is."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False)
    return mark_safe(text.translate(JSON_SCRIPT_ESCAPES))  # noqa: S308


# The entity a page type declares (json_ld_entity) names the method that builds it.
ENTITY_BUILDERS = {
    "project": "home",
    "article": "article",
    "organisation": "partner",
    "output": "output",
    "event": "event",
}


class StructuredData:
    """The schema.org descriptions of one page, as a list of JSON-LD objects."""

    def __init__(self, page, request, site_settings, image=None):
        self.page = page
        self.request = request
        self.site_settings = site_settings
        self.image = image
        self.language = page.locale.language_code

    def build(self):
        nodes = []
        builder = ENTITY_BUILDERS.get(getattr(self.page, "json_ld_entity", None))
        if builder is not None:
            nodes.extend(getattr(self, builder)())
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
            "url": safe_href(partner.website) or url,
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
            "@type": page.schema_type or "Article",
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

    def event(self):
        """A schema.org Event: when (with its offset, or whole days), where (a Place,
        a VirtualLocation or both), organised by the project."""
        page = self.page
        url = self.url(page)
        locations = []
        if page.place:
            locations.append(
                {"@type": "Place", "name": page.place, "address": page.place}
            )
        if page.online_url:
            locations.append({"@type": "VirtualLocation", "url": page.online_url})
        mode = (
            "MixedEventAttendanceMode"
            if page.place and page.online_url
            else "OnlineEventAttendanceMode"
            if page.online_url
            else "OfflineEventAttendanceMode"
        )
        node = {
            "@type": page.schema_type or "Event",
            "name": page.title,
            "description": page_description(page),
            "url": url,
            "mainEntityOfPage": url,
            "inLanguage": self.language,
            "startDate": page.start_iso,
            "endDate": page.end_iso,
            "eventStatus": "https://schema.org/EventScheduled",
            "eventAttendanceMode": f"https://schema.org/{mode}",
            "organizer": {"@id": self.project_id(), "name": self.project_name()},
        }
        if locations:
            node["location"] = locations[0] if len(locations) == 1 else locations
        if self.image:
            node["image"] = [self.image["url"]]
        return [node]

    def output(self):
        """A CreativeWork with a DigitalDocument for each language's file."""

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
            "genre": str(page.get_output_type_display()),
            "publisher": self.publisher(),
            "hasPart": [self.digital_document(file) for file in files],
        }
        # The lists the page itself shows, kept with its shared context (read only
        # when this description is made, not on every visit).
        shared = page.shared_context(self.request) if self.request is not None else {}
        partners = shared["partners"] if shared else page.authoring_partners
        if partners:
            node["author"] = [
                {"@type": "Organization", "name": p.title, "url": self.url(p)}
                for p in partners
            ]
        if page.authors:
            node["creditText"] = page.authors
        context = {"request": self.request}
        audiences = [
            term_name(context, term)
            for term in (shared["audiences"] if shared else page.audience_terms)
        ]
        if audiences:
            node["audience"] = [
                {"@type": "Audience", "audienceType": name} for name in audiences
            ]
        themes = [
            term_name(context, term)
            for term in (shared["themes"] if shared else page.theme_terms)
        ]
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
    is_article = getattr(page, "json_ld_entity", None) == "article"
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
