"""Build the SEMPRE demo site from demo/content/*.yaml; running it again changes nothing.

The load_demo command (demo/management/commands/load_demo.py) runs DemoLoader.
"""

import datetime
import json
import time
import uuid
from contextlib import contextmanager
from decimal import Decimal

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.db.models.signals import post_save
from django.test.utils import override_settings
from django.utils import timezone
from django.utils.html import escape
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Page, ReferenceIndex, Site
from wagtail.search import index
from wagtail.search.signal_handlers import post_save_signal_handler
from wagtail.signal_handlers import disable_reference_index_auto_update
from wagtail.users.models import UserProfile

from demo import content, images, pdfs, translations
from editorial.teams import (
    child_collection,
    setup_editor_teams,
    translatable_snippet_models,
)
from home.models import (
    Country,
    FooterText,
    HomePage,
    HomePageFeaturedItem,
    SiteSettings,
    StandardPage,
    TargetGroup,
    Theme,
)
from news.models import (
    EventIndexPage,
    EventPage,
    NewsCategory,
    NewsIndexPage,
    NewsPage,
)
from partners.models import (
    CaseStoryGalleryImage,
    CaseStoryIndexPage,
    CaseStoryPage,
    ContactFormField,
    ContactPage,
    NetworkIndexPage,
    NetworkMember,
    NetworkPage,
    PartnerIndexPage,
    PartnerPage,
)
from resources.models import Audience, OutputFile, OutputIndexPage, OutputPage

DEMO_ADMIN = ("admin", "sempre-demo")
# The demo pictures are drawn by demo/images.py for the project: its name is the
# credit (a name reads the same in every language).
DEMO_CREDIT = "SEMPRE"
# Key figures the site counts itself, so that they match what visitors find.
COUNTED_FIGURES = {
    "partner organisations": "partners",
    "countries around the Baltic Sea": "countries",
}
LANGUAGE_NAMES = dict(settings.LANGUAGES)
FOOTER_TEXT = (
    "SEMPRE brought social service providers and the people who use their services "
    "together in eight countries around the Baltic Sea."
)
PDF_FOOTER = (
    "SEMPRE – Interreg Baltic Sea Region. Demo document generated for the portal."
)


def rich_text(paragraphs):
    """Paragraphs of plain text as rich text HTML."""
    return "".join(f"<p>{escape(text)}</p>" for text in paragraphs)


def stream(items):
    """Demo body items (strings, headings, fact boxes, quotes) as StreamField JSON."""
    blocks, pending = [], []

    def flush():
        if pending:
            blocks.append({"type": "paragraph", "value": rich_text(pending)})
            pending.clear()

    for item in items:
        if isinstance(item, str):
            pending.append(item)
            continue
        flush()
        kind = item["type"]
        if kind == "heading":
            blocks.append(
                {"type": "heading", "value": {"text": item["text"], "level": "h2"}}
            )
        elif kind == "facts":
            # List items in Wagtail's block format (with ids): wagtail-localize offers
            # only those for translation.
            facts = [
                {
                    "type": "item",
                    "value": {"label": label, "value": value},
                    "id": str(uuid.uuid4()),
                }
                for label, value in item["items"]
            ]
            blocks.append(
                {
                    "type": "fact_box",
                    "value": {"heading": item.get("heading", ""), "facts": facts},
                }
            )
        elif kind == "quote":
            blocks.append(
                {
                    "type": "quote",
                    "value": {
                        "quote": item["text"],
                        "attribution": item.get("attribution", ""),
                    },
                }
            )
        else:
            raise ValueError(f"Unknown demo body item {kind!r}")
    flush()
    return json.dumps(blocks)


def clock(value):
    """A time of day from "HH:MM" (None for none)."""
    return datetime.time.fromisoformat(value) if value else None


def month(value):
    """'2017-04' as the first day of that month."""
    return datetime.date.fromisoformat(f"{value}-01") if value else None


@contextmanager
def index_once_at_the_end():
    """Put each object the loader saves into the search index and Wagtail's reference
    index once, when it is done, instead of after every save (a page is saved for its
    draft, its revision and its publication, and again for each translation made of
    it)."""
    searched, referenced = {}, {}

    def remember(sender, instance, raw=False, **kwargs):
        if raw:
            return
        if sender in indexed:
            searched[(sender, instance.pk)] = None
        if ReferenceIndex.is_indexed(sender):
            referenced[(sender, instance.pk)] = None

    indexed = set(index.get_indexed_models())
    for model in indexed:
        post_save.disconnect(post_save_signal_handler, sender=model)
    post_save.connect(remember, weak=False)
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        post_save.disconnect(remember)
        for model in indexed:
            if getattr(model, "search_auto_update", True):
                post_save.connect(post_save_signal_handler, sender=model)
    for (model, pk), update in [
        *((key, index.insert_or_update_object) for key in searched),
        *((key, ReferenceIndex.create_or_update_for_object) for key in referenced),
    ]:
        instance = model._default_manager.filter(pk=pk).first()
        if instance is not None:
            update(instance)


def default_site(home, name):
    """The default Site at the host name and port the site runs on (SITE_HOSTNAME,
    SITE_PORT; `make run` gives its HOST and PORT), so that canonical, sitemap and feed
    addresses name them."""
    return Site.objects.update_or_create(
        is_default_site=True,
        defaults={
            "hostname": settings.SITE_HOSTNAME,
            "port": settings.SITE_PORT,
            "site_name": name,
            "root_page": home,
        },
    )[0]


class DemoLoader:
    """Creates what is missing and leaves what exists alone."""

    def __init__(self, stdout):
        self.stdout = stdout
        self.locale = Locale.get_default()
        self.created = 0

    # Building blocks -------------------------------------------------------------

    def stored(self, model, title, build):
        """The demo image or document with this title; build() makes it if new."""
        existing = model.objects.filter(
            title=title, collection=self.demo_collection
        ).first()
        if existing:
            return existing
        item = build()
        item.title = title
        item.collection = self.demo_collection
        item.save()
        return item

    def image(self, title, filename, make):
        """make() -> (bytes, alt text) draws the image if it is new."""

        def build():
            data, alt_text = make()
            image = get_image_model()(
                description=alt_text,
                credit=DEMO_CREDIT,
                file=ImageFile(ContentFile(data), name=filename),
            )
            image._set_image_file_metadata()
            return image

        return self.stored(get_image_model(), title, build)

    def illustration(self, title, slug, picture=None):
        """A drawn picture for a page. picture is [scene, season] (demo/images.py);
        without it the slug picks both, so each page gets a picture of its own."""
        scene, season = picture or (None, None)
        return self.image(
            f"{title} – illustration",
            f"{slug}.jpg",
            lambda: images.landscape(slug, scene=scene, season=season),
        )

    def document(self, title, filename, make):
        """make() -> bytes writes the document if it is new."""

        def build():
            document = get_document_model()()
            document.file.save(filename, ContentFile(make()), save=False)
            document._set_document_file_metadata()
            return document

        return self.stored(get_document_model(), title, build)

    def term(self, model, slug, **fields):
        term, _ = model.objects.get_or_create(
            locale=self.locale, slug=slug, defaults=fields
        )
        return term

    def page(self, parent, page, first_published=None):
        """Add and publish the page under parent unless a page with its slug is there."""
        existing = parent.get_children().filter(slug=page.slug).first()
        if existing:
            return existing.specific
        page.locale = self.locale
        parent.add_child(instance=page)
        page.save_revision().publish()
        if first_published:
            moment = timezone.make_aware(
                datetime.datetime.combine(first_published, datetime.time(10))
            )
            Page.objects.filter(pk=page.pk).update(first_published_at=moment)
        self.created += 1
        return page

    # The site ----------------------------------------------------------------------

    def run(self):
        with index_once_at_the_end():
            return self.load_everything()

    STEPS = 15

    @contextmanager
    def step(self, label):
        """A line per step: its number, what it made and how long it took."""
        self.step_number = getattr(self, "step_number", 0) + 1
        before, started = self.rows(), time.monotonic()
        yield
        made = [
            f"{after - before[kind]} {kind if after - before[kind] > 1 else kind[:-1]}"
            for kind, after in self.rows().items()
            if after > before[kind]
        ]
        self.stdout.write(
            f"[{self.step_number:2}/{self.STEPS}] {label}: "
            + (", ".join(made) + " created" if made else "up to date")
            + f" ({time.monotonic() - started:.1f} s)"
        )

    def rows(self):
        """How many of each kind of thing the demo makes are stored."""
        return {
            "pages": Page.objects.filter(depth__gt=1).count(),
            "snippets": sum(
                model.objects.count() for model in translatable_snippet_models()
            ),
            "images": get_image_model().objects.count(),
            "documents": get_document_model().objects.count(),
            "users": get_user_model().objects.count(),
        }

    def load_everything(self):
        self.demo_collection = child_collection(
            Collection.get_first_root_node(), "Demo content"
        )
        # Demo sites loaded before the credit was a name.
        get_image_model().objects.filter(
            collection=self.demo_collection, credit="Demo illustration"
        ).update(credit=DEMO_CREDIT)
        with self.step("Taxonomy terms"):
            self.load_terms()
        with self.step("Home page"):
            home = self.load_home()
        with self.step("Sections"):
            sections = self.load_sections(home)
        with self.step("Partners"):
            partners = self.load_partners(sections["partners"])
        with self.step("Local Empowerment Networks"):
            networks = self.load_networks(sections["networks"], partners)
        with self.step("Case stories"):
            stories = self.load_case_stories(sections["stories"], networks)
        with self.step("News"):
            self.load_news(sections["news"], partners, stories)
        with self.step("Events"):
            self.load_events(sections["events"], partners)
        with self.step("Outputs and their files"):
            outputs = self.load_outputs(sections["outputs"], partners)
        with self.step("About, contact and other pages"):
            standard = self.load_standard_pages(home)
            standard["contact"] = self.load_contact(home)
        with self.step("Home page sections"):
            self.finish_home(home, outputs, stories)
        with self.step("Site settings and footer"):
            self.load_settings(home, standard)
            self.load_footer_text()
        with self.step("Translations into eight languages"):
            self.load_translations()
        with self.step("Country teams"):
            self.load_teams()
        with self.step("Demo accounts"):
            self.load_admin()
        return self.created

    def load_terms(self):
        self.countries = {
            code: self.term(Country, name.lower(), name=name, code=code)
            for code, name in content.COUNTRIES
        }
        self.target_groups = {
            t["slug"]: self.term(TargetGroup, t["slug"], name=t["name"])
            for t in content.TARGET_GROUPS
        }
        self.themes = {
            t["slug"]: self.term(Theme, t["slug"], name=t["name"])
            for t in content.THEMES
        }
        self.categories = {
            c["slug"]: self.term(NewsCategory, c["slug"], name=c["name"])
            for c in content.NEWS_CATEGORIES
        }
        self.audiences = {
            a["key"]: self.term(Audience, a["slug"], name=a["name"])
            for a in content.AUDIENCES
        }

    def load_home(self):
        project = content.PROJECT
        root = Page.get_first_root_node()
        home = HomePage.objects.filter(depth=2, locale=self.locale).first()
        if home is None:
            # Wagtail's own migration leaves a "Welcome" page that takes the slug "home".
            for page in root.get_children().filter(slug="home"):
                if not isinstance(page.specific, HomePage):
                    page.delete()
            home = self.page(
                root,
                HomePage(
                    title=project["title"],
                    slug="home",
                    seo_title=project["title"],
                    hero_heading=project["hero_heading"],
                    hero_intro=project["hero_intro"],
                    hero_image=self.illustration("Home page hero", "home-hero"),
                    summary=project["tagline"],
                    key_figures=json.dumps(
                        [
                            {
                                "type": "figure",
                                "value": {
                                    "count": COUNTED_FIGURES.get(label, ""),
                                    "value": (
                                        "" if label in COUNTED_FIGURES else value
                                    ),
                                    "label": label,
                                },
                            }
                            for value, label in project["key_figures"]
                        ]
                    ),
                    body=stream(project["home_intro"]),
                ),
            )
        default_site(home, content.PROJECT["name"])
        return home

    def load_sections(self, home):
        specs = {
            "partners": (
                PartnerIndexPage,
                "partners",
                "Partners",
                "Sixteen organisations in eight countries around the Baltic Sea.",
            ),
            "networks": (
                NetworkIndexPage,
                "networks",
                "Local networks",
                "Local Empowerment Networks bring public and private organisations together with service users.",
            ),
            "stories": (
                CaseStoryIndexPage,
                "case-stories",
                "Case stories",
                "Micro projects that service users and providers designed together.",
            ),
            "news": (
                NewsIndexPage,
                "news",
                "News",
                "Meetings, conferences, publications and micro projects.",
            ),
            "events": (
                EventIndexPage,
                "events",
                "Events",
                "Transnational meetings, conferences and study trips, with calendar files.",
            ),
            "outputs": (
                OutputIndexPage,
                "outputs",
                "Outputs",
                "Handbooks, training modules and policy recommendations to download.",
            ),
        }
        return {
            key: self.page(
                home,
                model(
                    title=title,
                    slug=slug,
                    summary=summary,
                    intro=f"<p>{escape(summary)}</p>",
                    show_in_menus=True,
                ),
            )
            for key, (model, slug, title, summary) in specs.items()
        }

    def load_partners(self, index):
        partners = {}
        for data in content.PARTNERS:
            partners[data["slug"]] = self.page(
                index,
                PartnerPage(
                    title=data["title"],
                    slug=data["slug"],
                    summary=data["summary"],
                    short_name=data["short_name"],
                    country=self.countries[data["country"]],
                    role=data["role"],
                    # A word-mark of the organisation's name (demo/content/logos.yaml).
                    logo=self.image(
                        f"{data['title']} – logo",
                        f"{data['slug']}-logo.png",
                        lambda data=data: images.logo(
                            data["title"], data["slug"], content.LOGOS.get(data["slug"])
                        ),
                    ),
                    website=data["website"],
                    city=data["city"],
                    address=data["address"],
                    contact_name=data["contact_name"],
                    contact_email=data.get("contact_email", ""),
                    contact_phone=data.get("contact_phone", ""),
                    is_country_contact=data.get("country_contact", False),
                    latitude=Decimal(f"{data['lat']:.5f}"),
                    longitude=Decimal(f"{data['lon']:.5f}"),
                    who_we_are=rich_text(data["who_we_are"]),
                    why_we_take_part=rich_text(data["why_we_take_part"]),
                    target_groups=[
                        self.target_groups[s] for s in data["target_groups"]
                    ],
                ),
            )
        return partners

    def load_networks(self, index, partners):
        networks = {}
        for data in content.NETWORKS:
            networks[data["slug"]] = self.page(
                index,
                NetworkPage(
                    title=data["title"],
                    slug=data["slug"],
                    summary=data["summary"],
                    image=self.illustration(
                        data["title"], data["slug"], data.get("picture")
                    ),
                    is_example=data["is_example"],
                    country=self.countries[data["country"]],
                    region=data["region"],
                    coordinating_partner=partners[data["coordinating_partner"]],
                    description=rich_text(data["description"]),
                    target_groups=[
                        self.target_groups[s] for s in data["target_groups"]
                    ],
                    members=[
                        NetworkMember(name=name, kind=kind, sort_order=i)
                        for i, (name, kind) in enumerate(data["members"])
                    ],
                ),
            )
        return networks

    def load_case_stories(self, index, networks):
        # The site tells the project after SEMPRE Accelerators ended (June 2021):
        # every story has ended, and none is still "running" after its end.
        told_after = datetime.date(2021, 6, 30)
        for data in content.CASE_STORIES:
            start, end = month(data["start"]), month(data["end"])
            if end is None or end < start or end > told_after:
                raise ValueError(
                    f"Case story {data['slug']}: its end must lie between its start "
                    f"and {told_after:%B %Y}"
                )
            if data["status"] == "running":
                raise ValueError(
                    f"Case story {data['slug']}: ended {end:%B %Y}, so not running"
                )
        stories = {}
        for data in content.CASE_STORIES:
            gallery = [
                CaseStoryGalleryImage(
                    image=self.illustration(
                        f"{data['title']} – gallery {n}",
                        f"{data['slug']}-{n}",
                        item["picture"],
                    ),
                    caption=item["caption"],
                    sort_order=n,
                )
                for n, item in enumerate(data["gallery"], start=1)
            ]
            stories[data["slug"]] = self.page(
                index,
                CaseStoryPage(
                    title=data["title"],
                    slug=data["slug"],
                    summary=data["summary"],
                    image=self.illustration(
                        data["title"], data["slug"], data.get("picture")
                    ),
                    is_example=data["is_example"],
                    network=networks[data["network"]],
                    country=self.countries[data["country"]],
                    target_groups=[
                        self.target_groups[s] for s in data["target_groups"]
                    ],
                    themes=[self.themes[s] for s in data["themes"]],
                    status=data["status"],
                    start_date=month(data["start"]),
                    end_date=month(data["end"]),
                    challenge=rich_text(data["challenge"]),
                    co_creation=rich_text(data["co_creation"]),
                    results=rich_text(data["results"]),
                    quote=data["quote"],
                    quote_attribution=data["quote_attribution"],
                    gallery_images=gallery,
                ),
                first_published=month(data["start"]),
            )
        return stories

    def load_news(self, index, partners, stories):
        for data in content.NEWS:
            date = data["date"]  # a datetime.date (YAML reads ISO dates as dates)
            self.page(
                index,
                NewsPage(
                    title=data["title"],
                    slug=data["slug"],
                    summary=data["summary"],
                    image=self.illustration(
                        data["title"], data["slug"], data.get("picture")
                    ),
                    is_example=data["is_example"],
                    date=date,
                    category=self.categories[data["category"]],
                    body=stream(data["body"]),
                    related_partners=[partners[s] for s in data["related_partners"]],
                    related_case_stories=[
                        stories[s] for s in data["related_case_stories"]
                    ],
                ),
                first_published=date,
            )

    def load_events(self, index, partners):
        for data in content.EVENTS:
            self.page(
                index,
                EventPage(
                    title=data["title"],
                    slug=data["slug"],
                    summary=data["summary"],
                    image=self.illustration(data["title"], f"event-{data['slug']}"),
                    is_example=data["is_example"],
                    kind=data["kind"],
                    start_date=data["start"],
                    start_time=clock(data.get("start_time")),
                    end_date=data.get("end"),
                    end_time=clock(data.get("end_time")),
                    time_zone=data["time_zone"],
                    place=data["place"],
                    body=stream(data["body"]),
                    related_partners=[partners[s] for s in data["related_partners"]],
                ),
                first_published=data["start"] - datetime.timedelta(days=42),
            )

    def load_outputs(self, index, partners):
        outputs = {}
        for data in content.OUTPUTS:
            files = []
            for order, (language, text) in enumerate(
                sorted(data["pdf"].items(), key=lambda item: item[0] != "en")
            ):
                document = self.document(
                    f"{data['title']} ({LANGUAGE_NAMES.get(language, language)})",
                    f"{data['slug']}-{language}.pdf",
                    lambda text=text, language=language, slug=data["slug"]: (
                        pdfs.publication(
                            text["title"],
                            text["subtitle"],
                            text["sections"],
                            language=language,
                            footer=PDF_FOOTER,
                            art=images.landscape(slug, 1240, 740)[0],
                        )
                    ),
                )
                files.append(
                    OutputFile(
                        document=document,
                        language=language,
                        sort_order=order,
                        locale=self.locale,
                    )
                )
            # No cover image: the first page of the English PDF becomes the cover.
            outputs[data["slug"]] = self.page(
                index,
                OutputPage(
                    title=data["title"],
                    slug=data["slug"],
                    summary=data["summary"],
                    output_type=data["output_type"],
                    publication_date=data["publication_date"],
                    body=stream(data["body"]),
                    files=files,
                    partners=[partners[slug] for slug in data["authors"]],
                    audiences=[self.audiences[key] for key in data["audience"]],
                    themes=[self.themes[slug] for slug in data["themes"]],
                ),
            )
        return outputs

    def load_standard_pages(self, home):
        pages = {}
        in_menu = {"about"}
        for data in content.STANDARD_PAGES:
            parent = pages.get("about", home) if data["slug"] == "key-facts" else home
            pages[data["slug"]] = self.page(
                parent,
                StandardPage(
                    title=data["title"],
                    slug=data["slug"],
                    summary=data["summary"],
                    body=stream(data["body"]),
                    show_in_menus=data["slug"] in in_menu,
                ),
            )
        return pages

    def load_contact(self, home):
        """The contact page with its form (a demo site loaded before it had one
        keeps its standard page)."""
        data = content.CONTACT
        return self.page(
            home,
            ContactPage(
                title=data["title"],
                slug=data["slug"],
                summary=data["summary"],
                body=stream(data["body"]),
                thank_you_text=rich_text(data["thank_you_text"]),
                show_in_menus=True,
                form_fields=[
                    ContactFormField(
                        field_type=kind,
                        label=label,
                        required=required,
                        help_text=help_text,
                        sort_order=n,
                        locale=self.locale,
                    )
                    for n, (kind, label, required, help_text) in enumerate(
                        data["form_fields"]
                    )
                ],
            ),
        )

    def finish_home(self, home, outputs, stories):
        """Editors' picks on the home page, chosen once."""
        if home.featured_items.exists():
            return
        # The Policy Recommendations have a box of their own on the home page: the
        # picks are the handbook and two stories.
        handbook = next(
            (p for p in outputs.values() if p.output_type == "handbook"), None
        )
        picks = [p for p in [handbook, *list(stories.values())[:2]] if p]
        home.featured_items = [
            HomePageFeaturedItem(page=page, sort_order=i)
            for i, page in enumerate(picks)
        ]
        home.save_revision().publish()

    def load_settings(self, home, standard):
        site_settings = SiteSettings.for_site(Site.objects.get(is_default_site=True))
        changed = False
        for field, slug in (
            ("contact_page", "contact"),
            ("privacy_page", "privacy"),
            ("accessibility_page", "accessibility-statement"),
        ):
            if getattr(site_settings, f"{field}_id") is None and slug in standard:
                setattr(site_settings, field, standard[slug])
                changed = True
        facts = {
            "project_start": datetime.date(2016, 3, 1),
            "project_end": datetime.date(2019, 2, 28),
            # The follow-up, SEMPRE Accelerators, ran to mid-2021: the site has been
            # the project's archive since.
            "archive_from": datetime.date(2021, 7, 1),
            "total_budget": Decimal("4860664.11"),
            "eu_funding": Decimal("3827755.48"),
            "default_image": home.hero_image,
        }
        for field, value in facts.items():
            if getattr(site_settings, field) is None and value is not None:
                setattr(site_settings, field, value)
                changed = True
        if changed:
            site_settings.save()

    def load_footer_text(self):
        text = FooterText.objects.filter(locale=self.locale).first()
        if text is None:
            FooterText.objects.create(
                locale=self.locale,
                subtitle=content.PROJECT["subtitle"],
                body=f"<p>{escape(FOOTER_TEXT)}</p>",
            )
        elif not text.subtitle:
            # A demo site loaded before the header and footer texts had a subtitle.
            text.subtitle = content.PROJECT["subtitle"]
            text.save(update_fields=["subtitle"])

    def load_translations(self):
        """Translate every page and term whose strings the demo catalogues cover."""
        sources = [
            *(
                term
                for model in translatable_snippet_models()
                for term in model.objects.filter(locale=self.locale).order_by("pk")
            ),
            *Page.objects.filter(depth__gte=2, locale=self.locale)
            .order_by("path")
            .specific(),
        ]
        for code, catalogue in translations.catalogues().items():
            locale = Locale.objects.filter(language_code=code).first()
            if locale is None or locale == self.locale:
                continue
            done = 0
            for instance in sources:
                if translations.translate(instance, locale, catalogue):
                    done += 1
            if done:
                self.stdout.write(f"        {code}: {done} pages and terms translated")

    def load_teams(self):
        """Editor groups per language, one demo editor each, a moderated change."""
        teams = setup_editor_teams()
        user_model = get_user_model()
        password = DEMO_ADMIN[1]
        for code, editors, moderators in teams:
            for role, group in (("editor", editors), ("moderator", moderators)):
                username = f"{role}-{code}"
                if user_model.objects.filter(username=username).exists():
                    continue
                user = user_model.objects.create_user(
                    username, f"{username}@example.org", password
                )
                user.groups.add(group)
                # The admin in the team's language.
                profile = UserProfile.get_for_user(user)
                profile.preferred_language = code
                profile.save(update_fields=["preferred_language"])
        if not user_model.objects.filter(username="coordinator").exists():
            user = user_model.objects.create_user(
                "coordinator", "coordinator@example.org", password
            )
            user.groups.add(Group.objects.get(name="Coordinators"))
            # Coordinators may approve in every language; the review mails go to each
            # language's moderators (a coordinator can switch them on in Account).
            profile = UserProfile.get_for_user(user)
            profile.submitted_notifications = False
            profile.save(update_fields=["submitted_notifications"])
        self.moderated_change()

    def moderated_change(self):
        """A Latvian editor's change waiting for the Latvian moderators' approval."""
        latvian = Locale.objects.filter(language_code="lv").first()
        editor = get_user_model().objects.filter(username="editor-lv").first()
        if latvian is None or editor is None:
            return
        page = (
            CaseStoryPage.objects.filter(locale=latvian).order_by("path").first()
            or HomePage.objects.filter(locale=latvian).first()
        )
        if page is None or page.workflow_states.exists():
            return
        workflow = page.get_workflow()
        if workflow is None:
            return
        page.summary = f"{page.summary} (Ierosinātas izmaiņas.)"[:300]
        page.save_revision(user=editor)
        # The demo moderators have example.org addresses: send them nothing.
        with override_settings(
            EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend"
        ):
            workflow.start(page, editor)

    def load_admin(self):
        user_model = get_user_model()
        if not user_model.objects.filter(username=DEMO_ADMIN[0]).exists():
            user_model.objects.create_superuser(
                DEMO_ADMIN[0], "admin@example.org", DEMO_ADMIN[1]
            )
            self.stdout.write(
                f"Demo superuser: {DEMO_ADMIN[0]} / {DEMO_ADMIN[1]} (demo only)"
            )
