"""A small site with one page of every type, built with the apps' factories.

Smaller than the demo (which takes minutes to load); the browser tests build it once
and share it (conftest.py).
"""

import datetime
from types import SimpleNamespace

from django.conf import settings as django_settings
from wagtail.contrib.search_promotions.models import Query
from wagtail.models import Collection, Locale, Page

from home.blocks import ArticleStreamBlock
from home.models import HomePageFeaturedItem, SiteSettings
from home.tests.factories import (
    CountryFactory,
    DocumentFactory,
    ImageFactory,
    StandardPageFactory,
    TargetGroupFactory,
    ThemeFactory,
    make_pdf,
    make_site,
)
from news.tests.factories import (
    EventIndexPageFactory,
    EventPageFactory,
    NewsCategoryFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
)
from partners.tests.factories import (
    CaseStoryIndexPageFactory,
    CaseStoryPageFactory,
    ContactPageFactory,
    NetworkIndexPageFactory,
    NetworkPageFactory,
    PartnerIndexPageFactory,
    PartnerPageFactory,
)
from resources.tests.factories import (
    AudienceFactory,
    OutputFileFactory,
    OutputIndexPageFactory,
    OutputPageFactory,
)

PARAGRAPH = (
    "<p>Partners from eight countries co-create social services with the people who "
    "use them: transport to the doctor, company for older people living alone, "
    "support for young families far from the next town.</p>"
)

HERO_INTRO = (
    "Sixteen organisations from eight Baltic Sea countries helped social service "
    "providers and their users design new services side by side – from a tailoring "
    "cooperative in Luleå to a community centre in Harkujärve."
)

KEY_FIGURES = [
    ("16", "partner organisations"),
    ("8", "countries around the Baltic Sea"),
    ("30+", "micro projects co-created with service users"),
    ("€4.86 million", "total project budget"),
    ("€3.83 million", "ERDF co-financing"),
    ("2016–2019", "project lifetime"),
]

INTRO = (
    "<p>Across the rural Baltic Sea Region, bus routes are thinning out, village "
    "schools are merging and social services are spread over ever longer distances. "
    "The people who feel it first are those with the fewest alternatives: older "
    "people living alone, single parents, people with disabilities, migrants and "
    "young people who have left school with nowhere to go. SEMPRE started from a "
    "simple conviction: they know best what is missing, and they can help to build "
    "what comes next.</p>"
    "<p>Between March 2016 and February 2019, churches, welfare organisations, "
    "universities and training providers in eight countries set up Local "
    "Empowerment Networks in their regions. With coaching and modest support, teams "
    "of service users and professionals turned their ideas into more than 30 micro "
    "projects.</p>"
)

HOW_IT_WORKED = (
    "<p>Each partner chose one or more target groups and set up a <b>Local "
    "Empowerment Network</b> with public and private organisations in its region. "
    'The <a href="/en/networks/">networks</a> reached service users where formal '
    "services rarely go:</p>"
    "<ul>"
    "<li>kitchen-table interviews with older people in their own homes;</li>"
    "<li>photo walks with young people through their villages, showing what they "
    "miss and what they value;</li>"
    "<li>future workshops in parish halls, libraries and day-care centres, where "
    "users and providers planned a service together.</li>"
    "</ul>"
    "<p>In micro projects, teams of users and providers then developed new services "
    "or improved existing ones, supported by coaching, advice and training from the "
    "partners. Network coordinators from all eight countries met regularly to "
    "compare tools and results.</p>"
)

# The rich-text editor offers no tables, but imported texts carry them: the
# stylesheet lets a wide one scroll inside the text column, not the page.
IN_EACH_REGION = (
    "<p>Every network followed the same four steps, at its own pace:</p>"
    "<ol>"
    "<li>Find the people a service misses and listen to them.</li>"
    "<li>Agree on one problem worth solving together.</li>"
    "<li>Try a small solution for a few months, with coaching.</li>"
    "<li>Keep what works and hand it over to a lasting owner.</li>"
    "</ol>"
    "<table>"
    "<caption>Micro projects by country and main target group</caption>"
    "<thead><tr><th scope='col'>Country</th><th scope='col'>Networks</th>"
    "<th scope='col'>Micro projects</th><th scope='col'>Main target group</th>"
    "<th scope='col'>Continued after 2019</th></tr></thead>"
    "<tbody>"
    "<tr><th scope='row'>Germany</th><td>3</td><td>6</td>"
    "<td>Older people living alone</td><td>4</td></tr>"
    "<tr><th scope='row'>Latvia</th><td>2</td><td>5</td>"
    "<td>Families with young children</td><td>3</td></tr>"
    "<tr><th scope='row'>Sweden</th><td>2</td><td>4</td>"
    "<td>Migrant women</td><td>2</td></tr>"
    "</tbody>"
    "</table>"
)

ACHIEVED = (
    "<p>The sixteen partners supported more than 30 micro projects, 26 of which are "
    "presented in the brochure <i>Co-creating Social Services</i>. The results also "
    "include a handbook, training modules, an organisational roadmap and policy "
    "recommendations, all free to download in the "
    '<a href="/en/outputs/">library of outputs</a>.</p>'
)

ACCESSIBILITY = (
    "<p>The project partners want everyone to be able to use this website, "
    "including people who use a screen reader, a keyboard only, or a slow mobile "
    "connection. This statement applies to every page of the site in every "
    "language.</p>"
)

ACCESSIBILITY_STATUS = (
    "<p>The site is designed to meet the Web Content Accessibility Guidelines "
    "(WCAG) 2.1 at level AA, as the Web Accessibility Directive requires. Every "
    "page type is checked automatically in a real browser at phone and desktop "
    "widths. We know of these remaining problems:</p>"
    "<ul>"
    "<li>Some older PDF outputs are not tagged for screen readers. Ask us and we "
    "will send an accessible version.</li>"
    "<li>A few images in news items from 2016 still lack a description.</li>"
    "</ul>"
)

ACCESSIBILITY_FEEDBACK = (
    "<p>If something on this site does not work for you, write to "
    '<a href="mailto:info@example.org">info@example.org</a>. We answer within five '
    "working days.</p>"
)


def photo(title, alt_text, color, credit=""):
    return ImageFactory(
        title=title,
        description=alt_text,
        credit=credit,
        file__width=960,
        file__height=640,
        file__color=color,
    )


def paragraph(html):
    return {"type": "paragraph", "value": html}


def heading(text, level="h2"):
    return {"type": "heading", "value": {"text": text, "level": level}}


def every_block(image, document, target):
    """A page body with one block (or more) of every type ArticleStreamBlock offers."""
    return [
        paragraph(INTRO),
        heading("How it worked"),
        paragraph(HOW_IT_WORKED),
        {
            "type": "image",
            "value": {
                "image": image.pk,
                "caption": "Network coordinators from eight countries compare the "
                "tools they tried, Kiel, May 2017.",
                "credit": "Photo: Diakonie Schleswig-Holstein",
            },
        },
        heading("What the networks did in each region", "h3"),
        paragraph(IN_EACH_REGION),
        {
            "type": "quote",
            "value": {
                "quote": "For the first time somebody asked us what we need, and "
                "then stayed to help us build it.",
                "attribution": "Participant, Luleå",
            },
        },
        {
            "type": "fact_box",
            "value": {
                "heading": "SEMPRE at a glance",
                "facts": [
                    {
                        "label": "Programme",
                        "value": "Interreg Baltic Sea Region 2014–2020",
                    },
                    {"label": "Lifetime", "value": "March 2016 – February 2019"},
                    {"label": "Total budget", "value": "€4,860,664.11"},
                    {"label": "ERDF co-financing", "value": "€3,827,755.48"},
                    {
                        "label": "Lead partner",
                        "value": "Diakonie Schleswig-Holstein, Rendsburg, Germany",
                    },
                ],
            },
        },
        heading("What it achieved"),
        paragraph(ACHIEVED),
        {
            "type": "call_to_action",
            "value": {
                "heading": "Read how the micro projects worked",
                "text": "Volunteer drivers, a library that lends time, a tailoring "
                "cooperative: case stories from every network.",
                "button_label": "Read the case stories",
                "page": target.pk,
                "url": "",
            },
        },
        {
            "type": "document",
            "value": {
                "document": document.pk,
                "title": "",
                "description": "Methods, examples and checklists for service "
                "providers who want to co-create with their users. 64 pages.",
            },
        },
    ]


def block_types(body):
    """The block types a StreamField value uses, and those ArticleStreamBlock has."""
    return (
        {block.block_type for block in body},
        set(ArticleStreamBlock().child_blocks),
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


def check_foundations():
    """The rows Wagtail's and the portal's migrations make: locales, root page and
    collection. A transactional test restores them after the previous test's flush
    (serialized_rollback; see the chromium fixture); say so plainly if it did not."""
    missing = [
        name
        for name, present in (
            ("locales", Locale.objects.count() == len(django_settings.LANGUAGES)),
            ("root page", Page.get_first_root_node() is not None),
            ("root collection", Collection.get_first_root_node() is not None),
        )
        if not present
    ]
    assert not missing, f"the restored database lacks its {', '.join(missing)}"


def build_site():
    """Every page type once (twice where a listing needs a choice), in English.

    The home page has every section its template shows (hero with image, the box for
    policymakers, key figures, featured items, latest news, a body) and the "About"
    page a body with every block type, so that axe and the layout checks see them all.
    """
    check_foundations()
    site = make_site(
        title="SEMPRE",
        hero_heading="Social services co-created in rural areas",
        hero_intro=HERO_INTRO,
        hero_image=photo(
            "Village bus stop",
            "A bus stop by a field in winter",
            "teal",
            credit="Photo: Riga Planning Region",
        ),
        summary="Social services co-created with the people who use them.",
        key_figures=[
            {"type": "figure", "value": {"value": value, "label": label}}
            for value, label in KEY_FIGURES
        ],
    )
    home = site.root_page.specific
    germany = CountryFactory(name="Germany", code="DE", slug="germany")
    latvia = CountryFactory(name="Latvia", code="LV", slug="latvia")
    older_people = TargetGroupFactory(name="Elderly people", slug="elderly-people")
    families = TargetGroupFactory(name="Single parents", slug="single-parents")
    mobility = ThemeFactory(name="Mobility", slug="mobility")
    policymakers = AudienceFactory(name="Policymakers", slug="policymakers")
    project_news = NewsCategoryFactory(name="Project news", slug="project-news")

    news_index = NewsIndexPageFactory(parent=home, title="News", slug="news")
    news = [
        NewsPageFactory(
            parent=news_index,
            title="Partners meet in Riga",
            date=datetime.date(2025, 3, 12),
            category=project_news,
            summary="Network coordinators from eight countries compared what their "
            "micro projects learned in the first year.",
            image=photo("Meeting", "Twelve people around a table", "olive"),
            body=[
                paragraph(PARAGRAPH),
                heading("What comes next"),
                paragraph(HOW_IT_WORKED),
                {
                    "type": "quote",
                    "value": {
                        "quote": "We came to compare tools and went home with "
                        "friends in seven countries.",
                        "attribution": "Network coordinator, Vidzeme",
                    },
                },
            ],
        ),
        NewsPageFactory(
            parent=news_index,
            title="A new network in Schleswig-Holstein",
            date=datetime.date(2025, 2, 1),
            category=project_news,
        ),
        NewsPageFactory(
            parent=news_index,
            title="Training modules now in six languages",
            date=datetime.date(2025, 1, 15),
            summary="Six modules for service providers who want to co-create, "
            "free to download and to adapt.",
            image=photo(
                "Workshop", "A trainer points at sticky notes on a wall", "maroon"
            ),
        ),
    ]

    partner_index = PartnerIndexPageFactory(
        parent=home, title="Partners", slug="partners"
    )
    kiel = PartnerPageFactory(
        parent=partner_index,
        title="Diakonie Schleswig-Holstein",
        short_name="DW SH",
        role="lead",
        country=germany,
        city="Rendsburg",
        address="Kanalufer 48\n24768 Rendsburg",
        contact_name="Project coordination team",
        contact_email="sempre@diakonie-sh.example.org",
        contact_phone="+49 4331 5550 100",
        is_country_contact=True,
        website="https://www.diakonie-sh.example.org/projekte/sempre-social-empowerment",
        latitude="54.3059",
        longitude="9.6636",
        summary="The welfare organisation of the Protestant Church in "
        "Schleswig-Holstein, and the project's lead partner.",
        who_we_are=PARAGRAPH,
        why_we_take_part=PARAGRAPH,
        target_groups=[older_people],
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
            summary="Parishes, a district council and a volunteer agency who get "
            "older people to the doctor and back.",
            description=HOW_IT_WORKED,
            target_groups=[older_people],
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
            summary="Where the bus runs twice a day, neighbours drive older people "
            "to their appointments.",
            results="<p>Forty drivers made more than 900 trips in the first year.</p>",
            quote="I can go to the doctor without asking my children to take a day "
            "off.",
            quote_attribution="Passenger, Hohenwestedt",
            target_groups=[older_people],
            themes=[mobility],
        ),
        CaseStoryPageFactory(
            parent=story_index,
            title="A library that lends time",
            country=latvia,
            network=networks[1],
            target_groups=[families],
        ),
    ]

    output_index = OutputIndexPageFactory(parent=home, title="Outputs", slug="outputs")
    recommendations = OutputPageFactory(
        parent=output_index,
        title="Policy Recommendations",
        output_type="policy_recommendations",
        summary="What regions can do to keep social services close to people.",
        files__document=DocumentFactory(title="Policy Recommendations (English)"),
        audiences=[policymakers],
    )
    OutputFileFactory(
        page=recommendations,
        language="de",
        document=DocumentFactory(
            title="Politikempfehlungen",
            file__filename="politikempfehlungen.pdf",
        ),
    )

    handbook = DocumentFactory(
        title="Handbook: co-creating social services",
        file__filename="sempre-handbook.pdf",
        file__data=make_pdf("Co-creating social services", "Methods"),
    )
    about = StandardPageFactory(
        parent=home,
        title="About SEMPRE",
        slug="about",
        summary="Social Empowerment in Rural Areas: sixteen partners, eight "
        "countries, one question – what do the people who use a service need?",
        image=photo(
            "Workshop", "Service users and staff plan a service together", "sienna"
        ),
        body=every_block(
            photo("Coordinators", "Coordinators around a map of the region", "purple"),
            handbook,
            story_index,
        ),
    )
    StandardPageFactory(
        parent=about,
        title="Key facts",
        slug="key-facts",
        summary="Programme, lifetime, budget and partnership of SEMPRE at a glance.",
        body=[paragraph(PARAGRAPH)],
    )
    accessibility = StandardPageFactory(
        parent=home,
        title="Accessibility statement",
        slug="accessibility",
        summary="How accessible this website is, and how to tell us about problems.",
        body=[
            paragraph(ACCESSIBILITY),
            heading("How accessible this site is"),
            paragraph(ACCESSIBILITY_STATUS),
            heading("Feedback and contact"),
            paragraph(ACCESSIBILITY_FEEDBACK),
        ],
    )
    settings = SiteSettings.for_site(site)
    settings.accessibility_page = accessibility
    settings.contact_email = "info@example.org"
    settings.save()

    events_index = EventIndexPageFactory(parent=home, title="Events", slug="events")
    events = [
        EventPageFactory(
            parent=events_index,
            title="Final conference “Make Empowerment Happen!”, Riga",
            kind="conference",
            summary="Two days to present the results, with 18 micro projects.",
            start_date=datetime.date(2018, 11, 27),
            start_time=datetime.time(9, 30),
            end_date=datetime.date(2018, 11, 28),
            end_time=datetime.time(15),
            time_zone="Europe/Riga",
            place="Radisson Blu Hotel Latvija, Elizabetes iela 55, Riga, Latvia",
            related_partners=[kiel],
        ),
        EventPageFactory(
            parent=events_index,
            title="Online workshop: co-creating services with their users",
            kind="workshop",
            summary="Two hours with network coordinators from three countries.",
            start_date=datetime.date.today() + datetime.timedelta(days=30),
            start_time=datetime.time(10),
            end_time=datetime.time(12),
            time_zone="Europe/Berlin",
            place="",
            online_url="https://meet.example.org/sempre-workshop",
            registration_url="https://forms.example.org/sempre-workshop",
            related_partners=[kiel],
        ),
    ]
    contact = ContactPageFactory(
        parent=home,
        title="Contact",
        slug="contact",
        summary="How to reach the lead partner and the partner in your country.",
    )

    for section in (
        news_index,
        partner_index,
        network_index,
        story_index,
        about,
        events_index,
        contact,
    ):
        section.show_in_menus = True
        section.save_revision().publish()
    output_index.show_in_menus = True
    output_index.save_revision().publish()

    # Editors' picks first, the latest news and case stories fill the other places.
    home.policymaker_page = recommendations
    home.featured_items = [
        HomePageFeaturedItem(page=page, sort_order=order)
        for order, page in enumerate([about, networks[1], recommendations])
    ]
    home.body = [
        heading("Why co-creation works"),
        paragraph(INTRO),
        {
            "type": "call_to_action",
            "value": {
                "heading": "Find a network near you",
                "text": "Local Empowerment Networks in eight countries welcome new "
                "members: municipalities, parishes, associations and citizens.",
                "button_label": "See the networks",
                "page": network_index.pk,
                "url": "",
            },
        },
    ]
    home.save_revision().publish()
    home = type(home).objects.get(pk=home.pk)

    # A search promotion, so that the search page shows its "Recommended" box.
    Query.get("network").editors_picks.create(
        page=network_index,
        sort_order=0,
        description="All Local Empowerment Networks, on a map and as a list.",
    )

    german_home = publish_translation(
        home, "de", hero_heading="Soziale Dienste vor Ort"
    )
    return SimpleNamespace(
        site=site,
        home=home,
        german_home=german_home,
        about=about,
        accessibility=accessibility,
        news_index=news_index,
        news=news,
        partner_index=partner_index,
        partner=kiel,
        network_index=network_index,
        network=networks[0],
        story_index=story_index,
        stories=stories,
        output_index=output_index,
        recommendations=recommendations,
        events_index=events_index,
        events=events,
        contact=contact,
    )


SEARCH = "/en/search/?q=network"

# The status each page type answers with, where it is not 200.
STATUS = {"search-error": 400, "not-found": 404}


def page_types(pages):
    """(name, path) of one page of every type, the search pages and a missing page.

    "search" has editors' picks, facets and results; "search-past-end" asks for a page
    of results beyond the last (a message says so); "search-error" asks for a result
    type that does not exist (an error message, status 400).
    """
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
        ("output-index", pages.output_index.url),
        ("output", pages.recommendations.url),
        ("event-index", pages.events_index.url),
        ("event", pages.events[1].url),
        ("contact", pages.contact.url),
        ("search", SEARCH),
        ("search-past-end", SEARCH + "&page=9"),
        ("search-error", SEARCH + "&type=no-such-type"),
        ("not-found", "/en/no-such-page/"),
    ]
