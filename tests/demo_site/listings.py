"""The demo site's listings by name, and how the crawl reads pages."""

import lxml.html

from news.models import NewsIndexPage, NewsPage
from partners.models import (
    CaseStoryIndexPage,
    CaseStoryPage,
    NetworkIndexPage,
    NetworkPage,
    PartnerIndexPage,
    PartnerPage,
)
from resources.models import OutputIndexPage, OutputPage

SITEMAP_NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}
LISTINGS = {
    "partners": (PartnerIndexPage, PartnerPage),
    "networks": (NetworkIndexPage, NetworkPage),
    "case stories": (CaseStoryIndexPage, CaseStoryPage),
    "news": (NewsIndexPage, NewsPage),
    "outputs": (OutputIndexPage, OutputPage),
}


def parse(response):
    return lxml.html.fromstring(response.content.decode())
