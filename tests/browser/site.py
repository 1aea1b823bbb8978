"""A small site with one page of every type, built with the apps' factories.

Smaller than the demo (which takes minutes to load), so that every browser test can
build it afresh in its own transactional database.
"""

import datetime
from types import SimpleNamespace

from django.conf import settings as django_settings
from wagtail.models import Collection, Locale, Page

from home.models import SiteSettings
from home.tests.factories import (
    CountryFactory,
    DocumentFactory,
    ImageFactory,
    StandardPageFactory,
    make_site,
)
from news.tests.factories import NewsIndexPageFactory, NewsPageFactory
from partners.tests.factories import (
    CaseStoryIndexPageFactory,
    CaseStoryPageFactory,
    NetworkIndexPageFactory,
    NetworkPageFactory,
    PartnerIndexPageFactory,
    PartnerPageFactory,
)
from resources.tests.factories import (
    ResourceFileFactory,
    ResourceIndexPageFactory,
    ResourcePageFactory,
)

PARAGRAPH = (
    "<p>Partners from eight countries co-create social services with the people who "
    "use them: transport to the doctor, company for older people living alone, "
    "support for young families far from the next town.</p>"
)


def photo(title, alt_text, color):
    return ImageFactory(
        title=title,
        alt_text=alt_text,
        file__width=960,
        file__height=640,
        file__color=color,
    )


def publish_translation(page, language_code, **changes):
    """Copy a page (and its untranslated ancestors) into a language and publish it."""
    locale = Locale.objects.get(language_code=language_code)
    for ancestor in [*page.get_ancestors().filter(depth__gt=1).specific(), page]:
        if ancestor.get_translation_or_none(locale) is not None:
            continue
        translation = ancestor.copy_for_translation(locale).specific
        if ancestor.pk == page.pk:
            for name, value in changes.items():
                setattr(translation, name, value)
        translation.save_revision().publish()
    return page.get_translation(locale).specific


def ensure_foundations():
    """The rows Wagtail's and the portal's migrations make: locales, root page and collection.

    A transactional test ends with a flush; should the restored snapshot lack them, they
    are made again here rather than failing every browser test after the first.
    """
    for code, _name in django_settings.LANGUAGES:
        Locale.objects.get_or_create(language_code=code)
    if not Page.get_first_root_node():
        Page.add_root(title="Root", slug="root", locale=Locale.get_default())
    if not Collection.get_first_root_node():
        Collection.add_root(name="Root")


def build_site():
    """Every page type once (twice where a listing needs a choice), in English."""
    ensure_foundations()
    site = make_site(
        title="SEMPRE",
        hero_heading="Social services co-created in rural areas",
        hero_image=photo("Village bus stop", "A bus stop by a field in winter", "teal"),
    )
    home = site.root_page.specific
    germany = CountryFactory(name="Germany", code="DE", slug="germany")
    latvia = CountryFactory(name="Latvia", code="LV", slug="latvia")

    about = StandardPageFactory(
        parent=home,
        title="Accessibility statement",
        slug="accessibility",
        body=[{"type": "paragraph", "value": PARAGRAPH}],
    )
    settings = SiteSettings.for_site(site)
    settings.accessibility_page = about
    settings.save()

    news_index = NewsIndexPageFactory(parent=home, title="News", slug="news")
    news = [
        NewsPageFactory(
            parent=news_index,
            title="Partners meet in Riga",
            date=datetime.date(2025, 3, 12),
            image=photo("Meeting", "Twelve people around a table", "olive"),
            body=[{"type": "paragraph", "value": PARAGRAPH}],
        ),
        NewsPageFactory(
            parent=news_index,
            title="A new network in Schleswig-Holstein",
            date=datetime.date(2025, 2, 1),
        ),
    ]

    partner_index = PartnerIndexPageFactory(
        parent=home, title="Partners", slug="partners"
    )
    kiel = PartnerPageFactory(
        parent=partner_index,
        title="Diakonie Schleswig-Holstein",
        role="lead",
        country=germany,
        city="Rendsburg",
        latitude="54.3059",
        longitude="9.6636",
    )
    riga = PartnerPageFactory(
        parent=partner_index,
        title="Riga Planning Region",
        country=latvia,
        city="Riga",
        latitude="56.9496",
        longitude="24.1052",
    )
    network_index = NetworkIndexPageFactory(
        parent=home, title="Local networks", slug="networks"
    )
    networks = [
        NetworkPageFactory(
            parent=network_index,
            title="Network Rendsburg-Eckernförde",
            country=germany,
            region="Rendsburg-Eckernförde",
            coordinating_partner=kiel,
        ),
        NetworkPageFactory(
            parent=network_index,
            title="Network Vidzeme",
            country=latvia,
            region="Vidzeme",
            coordinating_partner=riga,
        ),
    ]

    story_index = CaseStoryIndexPageFactory(
        parent=home, title="Case stories", slug="case-stories"
    )
    stories = [
        CaseStoryPageFactory(
            parent=story_index,
            title="Volunteer drivers to the doctor",
            country=germany,
            network=networks[0],
            image=photo("Car", "A volunteer helps a woman into a car", "navy"),
        ),
        CaseStoryPageFactory(
            parent=story_index,
            title="A library that lends time",
            country=latvia,
            network=networks[1],
        ),
    ]

    resource_index = ResourceIndexPageFactory(
        parent=home, title="Outputs", slug="outputs"
    )
    recommendations = ResourcePageFactory(
        parent=resource_index,
        title="Policy Recommendations",
        summary="What regions can do to keep social services close to people.",
        files__document=DocumentFactory(title="Policy Recommendations (English)"),
    )
    ResourceFileFactory(
        page=recommendations,
        language="de",
        document=DocumentFactory(
            title="Politikempfehlungen",
            file__filename="politikempfehlungen.pdf",
        ),
    )

    for section in (news_index, partner_index, network_index, story_index):
        section.show_in_menus = True
        section.save_revision().publish()
    resource_index.show_in_menus = True
    resource_index.save_revision().publish()

    german_home = publish_translation(
        home, "de", hero_heading="Soziale Dienste vor Ort"
    )
    return SimpleNamespace(
        site=site,
        home=home,
        german_home=german_home,
        about=about,
        news_index=news_index,
        news=news,
        partner_index=partner_index,
        partner=kiel,
        network_index=network_index,
        network=networks[0],
        story_index=story_index,
        stories=stories,
        resource_index=resource_index,
        recommendations=recommendations,
    )


def page_types(pages):
    """(name, path) of one page of every type, the search page and a missing page."""
    return [
        ("home", pages.home.url),
        ("standard", pages.about.url),
        ("news-index", pages.news_index.url),
        ("news", pages.news[0].url),
        ("partner-index", pages.partner_index.url),
        ("partner", pages.partner.url),
        ("network-index", pages.network_index.url),
        ("network", pages.network.url),
        ("case-story-index", pages.story_index.url),
        ("case-story", pages.stories[0].url),
        ("resource-index", pages.resource_index.url),
        ("resource", pages.recommendations.url),
        ("search", "/en/search/?q=network"),
        ("not-found", "/en/no-such-page/"),
    ]
