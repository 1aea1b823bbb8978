"""The sitemap: every live public page in every language, with its translations."""

from collections import defaultdict

from django.conf import settings
from django.contrib.sitemaps import views as sitemap_views
from django.db.models import Q
from django.http import HttpResponse
from django.urls import reverse
from django.utils import translation
from wagtail.contrib.sitemaps import Sitemap
from wagtail.contrib.sitemaps.views import prepare_sitemaps
from wagtail.models import Page


class PortalSitemap(Sitemap):
    """Wagtail's sitemap over every language's tree, with hreflang alternates.

    Wagtail lists only the pages below the site's root page; each translation of the
    home page is a root of its own, so every one of them is walked here.
    """

    limit = 50000

    def items(self):
        roots = self.get_wagtail_site().root_page.get_translations(inclusive=True)
        below_a_root = Q()
        for path in roots.values_list("path", flat=True):
            below_a_root |= Q(path__startswith=path)
        return (
            Page.objects.live()
            .public()
            .filter(below_a_root)
            .order_by("path")
            .defer_streamfields()
            .specific()
        )

    def _urls(self, page, protocol, domain):
        pages = list(self.paginator.page(page).object_list)
        urls = []
        last_mods = set()
        for item in pages:
            for url_info in item.get_sitemap_urls(self.request):
                url_info["translation_key"] = item.translation_key
                urls.append(url_info)
                last_mods.add(url_info.get("lastmod"))
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        alternates = self.alternates_for({page.translation_key for page in pages})
        for url_info in urls:
            url_info["alternates"] = alternates.get(url_info.pop("translation_key"), [])
        return urls

    def alternates_for(self, translation_keys):
        """{translation key: [{lang_code, location}]} where a page has translations.

        A page alone in its language has no alternates; a translated one lists every
        language, itself included, and the source language as x-default.
        """
        versions = defaultdict(dict)
        translated = (
            Page.objects.live()
            .public()
            .filter(translation_key__in=translation_keys)
            .select_related("locale")
            .order_by("path")
        )
        for page in translated:
            location = page.get_full_url(self.request)
            if location:
                versions[page.translation_key][page.locale.language_code] = location
        order = [code for code, _name in settings.LANGUAGES]
        alternates = {}
        for key, by_language in versions.items():
            if len(by_language) < 2:
                continue
            codes = sorted(
                by_language,
                key=lambda code: order.index(code) if code in order else len(order),
            )
            alternates[key] = [
                {"lang_code": code, "location": by_language[code]} for code in codes
            ]
            if settings.LANGUAGE_CODE in by_language:
                alternates[key].append(
                    {
                        "lang_code": "x-default",
                        "location": by_language[settings.LANGUAGE_CODE],
                    }
                )
        return alternates


SITEMAPS = {"pages": PortalSitemap}


def sitemap(request):
    """The sitemap, or an index of its sections once it outgrows one file."""
    sitemaps = prepare_sitemaps(request, SITEMAPS)
    if any(section.paginator.num_pages > 1 for section in sitemaps.values()):
        return sitemap_views.index(
            request, sitemaps, sitemap_url_name="sitemap_section"
        )
    return sitemap_views.sitemap(request, sitemaps)


def sitemap_section(request, section):
    """One section of a sitemap index, a page at a time (?p=2)."""
    return sitemap_views.sitemap(
        request, prepare_sitemaps(request, SITEMAPS), section=section
    )


def robots_txt(request):
    """Crawlers may read everything public except the admin and search results."""
    lines = ["User-agent: *", "Disallow: /admin/"]
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            lines.append(f"Disallow: {reverse('search')}")
    lines.append(f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}")
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")
