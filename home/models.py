"""Home and standard pages, the base every page shares, snippets and site settings."""

from http import HTTPMethod

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.http import Http404, HttpResponsePermanentRedirect, QueryDict
from django.utils import timezone, translation
from django.utils.functional import SimpleLazyObject, cached_property
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey
from rest_framework.fields import Field
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    PageChooserPanel,
)
from wagtail.api import APIField
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.documents.models import AbstractDocument, Document
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model
from wagtail.images.models import AbstractImage, AbstractRendition, Image
from wagtail.models import (
    Orderable,
    Page,
    PageViewRestriction,
    Site,
    TranslatableMixin,
)
from wagtail.search import index
from wagtail.url_routing import RouteResult
from wagtail_localize.fields import SynchronizedField

from . import fragments
from .alt_text import PageForm
from .blocks import ArticleStreamBlock, KeyFigureBlock
from .localization import (
    children_of_all_versions,
    in_source_order,
    localize_related,
    localized,
    mark_fallbacks,
    one_per_item,
)
from .pagination import PAGE_SEGMENT, paged_url, paginate, requested_number
from .serializers import RichTextSerializer
from .sharing import social_image


def attach_images(pages, field="image"):
    """Load the images (and their renditions) of mixed-type pages in one query."""
    ids = {getattr(page, f"{field}_id") for page in pages} - {None}
    if not ids:
        return pages
    model = get_image_model()
    images = model.objects.prefetch_related("renditions").in_bulk(ids)
    for page in pages:
        setattr(page, field, images.get(getattr(page, f"{field}_id")))
    return pages


def live_related(relation):
    """The live, public pages of a page-to-pages relation, in the preview too.

    In a preview the relation holds unsaved, in-memory choices that have no .live().
    """
    model = relation.model
    ids = [page.pk for page in relation.all()]
    return model.objects.live().public().filter(pk__in=ids)


def source_locale_only():
    """Limit taxonomy choices to the source language; pages show translated names."""
    return {"locale__language_code": settings.LANGUAGE_CODE}


class CustomImage(AbstractImage):
    """An image with a credit line and a "decorative" flag.

    Its alt text is Wagtail's own ``description`` field (one alt text, which Wagtail's
    rich text and choosers use too), required unless the image is decorative.
    """

    is_decorative = models.BooleanField(
        _("decorative"),
        default=False,
        help_text=_(
            "Tick only if the image adds nothing to the text around it, e.g. a "
            "texture or ornament. Screen readers then skip it."
        ),
    )
    credit = models.CharField(
        _("credit"),
        max_length=150,
        blank=True,
        help_text=_(
            "The photographer or rights holder, e.g. “Diaconal Centre Liepaja”: a "
            "name, shown as it is in every language."
        ),
    )

    admin_form_fields = (*Image.admin_form_fields, "is_decorative", "credit")

    @property
    def default_alt_text(self):
        return "" if self.is_decorative else self.description

    @property
    def needs_alt_text(self):
        """True for an informative image that has no alt text yet."""
        return not self.is_decorative and not (self.description or "").strip()


class Rendition(AbstractRendition):
    """A resized copy of a CustomImage."""

    image = models.ForeignKey(
        CustomImage, on_delete=models.CASCADE, related_name="renditions"
    )

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


class CustomDocument(AbstractDocument):
    """A document that keeps what was read from its PDF: text for search, a cover."""

    # The cover on the output's page, its card and its sharing image.
    image_renditions = {"cover": ("cover", "cover_card", "social")}

    text = models.TextField(
        _("extracted text"),
        blank=True,
        editable=False,
        help_text=_("The text of a PDF, read when the file is uploaded."),
    )
    page_count = models.PositiveIntegerField(_("pages"), null=True, editable=False)
    cover = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("cover"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The first page of a PDF, rendered when the file is uploaded."),
    )

    admin_form_fields = Document.admin_form_fields

    class Meta(AbstractDocument.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")

    @classmethod
    def from_db(cls, db, field_names, values):
        document = super().from_db(db, field_names, values)
        document._stored_file_name = document.__dict__.get("file")
        return document

    @property
    def file_format(self):
        """'PDF', 'DOCX', … for people."""
        return self.file_extension.upper()

    @property
    def has_new_file(self):
        """True from the moment a file is given until it is saved: uploads/ reads a
        PDF's text and cover then (uploads/documents.py, on pre_save)."""
        return bool(self.file) and (
            self._state.adding
            or self.file.name != getattr(self, "_stored_file_name", None)
        )

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        self._stored_file_name = self.file.name if self.file else None


class TaxonomyTerm(TranslatableMixin, index.Indexed, models.Model):
    """A term editors can add to: its name is translated, its slug is shared."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        help_text=_(
            "Used in filter addresses, e.g. ?theme=mobility. Same in every language."
        ),
    )
    description = models.TextField(_("description"), blank=True, max_length=500)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]
    override_translatable_fields = [SynchronizedField("slug")]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["name"]
        unique_together = [("translation_key", "locale"), ("locale", "slug")]

    def __str__(self):
        return self.name

    @classmethod
    def names_in(cls, language_code, request=None):
        """{translation key: name} of this taxonomy's terms in a language (kept until
        the content changes, and read once per request: home/fragments.py)."""
        return fragments.remember(
            "term-names",
            (cls._meta.label, language_code),
            lambda: dict(
                cls.objects.filter(locale__language_code=language_code).values_list(
                    "translation_key", "name"
                )
            ),
            request,
        )

    def name_in(self, language_code, request=None):
        """The term's name in a language, else its own name.

        Pages link terms in the source language (`source_locale_only`); with the
        request, a listing reads each taxonomy's names once, not once per item.
        """
        if language_code == settings.LANGUAGE_CODE:
            return self.name
        names = type(self).names_in(language_code, request)
        return names.get(self.translation_key, self.name)


class Country(TaxonomyTerm):
    """A country, identified by its ISO 3166-1 alpha-2 code."""

    code = models.CharField(
        _("ISO code"),
        max_length=2,
        help_text=_("Two letters, e.g. DE, used in filter addresses (?country=de)."),
    )

    panels = [FieldPanel("name"), FieldPanel("code"), FieldPanel("slug")]
    override_translatable_fields = [
        SynchronizedField("slug"),
        SynchronizedField("code"),
    ]

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("country")
        verbose_name_plural = _("countries")


class TargetGroup(TaxonomyTerm):
    """A group of service users the project works with, e.g. single parents."""

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("target group")
        verbose_name_plural = _("target groups")


class Theme(TaxonomyTerm):
    """A field of social services, e.g. mobility or health and care."""

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("theme")
        verbose_name_plural = _("themes")


class FooterText(TranslatableMixin, models.Model):
    """The site's own words in the header and footer, translated like the pages: the
    project's full name under its short name, and a short text in the footer."""

    subtitle = models.CharField(
        _("subtitle"),
        max_length=150,
        blank=True,
        help_text=_(
            "The project's full name in this language, shown under its short name in "
            "the header and footer. Empty: the project title of the site settings."
        ),
    )
    body = RichTextField(_("footer text"), features=["bold", "italic", "link"])

    panels = [FieldPanel("subtitle"), FieldPanel("body")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("header and footer text")
        verbose_name_plural = _("header and footer texts")

    def __str__(self):
        return Truncator(strip_tags(self.body)).chars(60)


def page_link(verbose_name):
    """An optional link to a page, for site settings."""
    return models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=verbose_name,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """Project facts shown in the header and footer of every page."""

    @classmethod
    def for_request(cls, request):
        """Wagtail's, with the settings of the request's site kept until the content
        changes (home/fragments.py): no query on a visit."""
        attribute = cls.get_cache_attr_name()
        if not hasattr(request, attribute):
            site = Site.find_for_request(request)
            if site is None:
                return super().for_request(request)
            found = fragments.remember(
                f"settings:{cls._meta.label}",
                (site.pk,),
                lambda: cls.for_site(site),
                request,
            )
            found._request = request  # as Wagtail's: for page URLs in settings
            setattr(request, attribute, found)
        return getattr(request, attribute)

    project_name = models.CharField(_("project name"), max_length=60, default="SEMPRE")
    project_title = models.CharField(
        _("project title"),
        max_length=150,
        default="Social Empowerment in Rural Areas",
    )
    programme_name = models.CharField(
        _("programme"), max_length=150, default="Interreg Baltic Sea Region"
    )
    funding_statement = models.CharField(
        _("funding statement"),
        max_length=200,
        default="Co-funded by the European Union",
        help_text=_(
            "Shown next to the EU emblem in the footer, as the programme requires."
        ),
    )
    project_start = models.DateField(_("project start"), null=True, blank=True)
    project_end = models.DateField(_("project end"), null=True, blank=True)
    archive_from = models.DateField(
        _("archive from"),
        null=True,
        blank=True,
        help_text=_(
            "From this day every page says that the project has ended and that the "
            "site is its archive; statuses read as of the project's end and forms "
            "are closed. The admin stays open. Usually the project's end, or the "
            "end of a follow-up."
        ),
    )
    total_budget = models.DecimalField(
        _("total budget (EUR)"),
        max_digits=12,
        decimal_places=2,
        null=True,
        blank=True,
    )
    eu_funding = models.DecimalField(
        _("EU co-financing (EUR)"),
        max_digits=12,
        decimal_places=2,
        null=True,
        blank=True,
    )
    default_image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("default sharing image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Shown in social cards and feeds for pages without an image of their "
            "own. Cropped to 1200×630."
        ),
    )
    contact_email = models.EmailField(_("contact email"), blank=True)
    contact_page = page_link(_("contact page"))
    privacy_page = page_link(_("privacy page"))
    accessibility_page = page_link(_("accessibility statement"))

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("project_name"),
                FieldPanel("project_title"),
                FieldRowPanel([FieldPanel("project_start"), FieldPanel("project_end")]),
                FieldPanel("archive_from"),
                FieldRowPanel([FieldPanel("total_budget"), FieldPanel("eu_funding")]),
            ],
            heading=_("Project"),
            help_text=_("Key facts, also published in the project record export."),
        ),
        MultiFieldPanel(
            [FieldPanel("programme_name")],
            heading=_("Funding acknowledgement"),
        ),
        FieldPanel("default_image"),
        MultiFieldPanel(
            [
                FieldPanel("contact_email"),
                FieldPanel("contact_page"),
                FieldPanel("privacy_page"),
                FieldPanel("accessibility_page"),
            ],
            heading=_("Footer links"),
        ),
    ]

    class Meta:
        verbose_name = _("site settings")

    def is_archive(self, today=None):
        """True from the archive date on: the project has ended, the site is its
        archive."""
        return bool(
            self.archive_from and (today or timezone.localdate()) >= self.archive_from
        )


class SocialImageField(Field):
    """The page's sharing image, as on its social card: a 1200×630 rendition of its own
    image (cover, lead or hero image), else of the site's default sharing image."""

    def get_attribute(self, instance):
        return instance

    def to_representation(self, page):
        request = self.context.get("request")
        if "site_settings" not in self.context:
            site = page.get_site() if request is None else None
            self.context["site_settings"] = (
                SiteSettings.for_request(request)
                if request is not None
                else SiteSettings.for_site(site)
            )
        image = social_image(page, self.context["site_settings"], request)
        if image is None:
            return None
        return {
            "url": image["url"],
            "width": image["width"],
            "height": image["height"],
            "alt": image["alt"],
        }


def content_date(page):
    """When a page's content was last published; for a page made without a revision
    (by a script), its first publication. None if none: what dates a feed or a
    calendar file by the content, never by the time of the request."""
    return (
        page.last_published_at
        or page.latest_revision_created_at
        or page.first_published_at
    )


class BasePage(Page):
    """What every page shares: a summary and image for listings, and a demo marker."""

    # Pages are read: other methods get 405 (Wagtail answers OPTIONS with this list).
    # A page type that takes a form adds POST.
    allowed_http_methods = [HTTPMethod.GET, HTTPMethod.HEAD, HTTPMethod.OPTIONS]
    # The renditions each image field needs (roles of home/renditions.py), made when
    # the page is published: its listing card, its lead image, its sharing image.
    image_renditions = {"image": ("card", "content", "social")}

    summary = models.TextField(
        _("summary"),
        max_length=300,
        blank=True,
        help_text=_(
            "One or two sentences for listings, search results and social cards."
        ),
    )
    image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Lead image, also used in listings and social cards."),
    )
    is_example = models.BooleanField(
        _("example content"),
        default=False,
        help_text=_(
            "Invented demo content. The page says so, so that nobody mistakes it for "
            "a real record."
        ),
    )

    # What the shared features read of a page type (see home/page_types.py); each
    # type sets those that apply to it.
    card_label = None  # the label on its cards; else its verbose name
    card_media = "image"  # "cover": its cards show its first file's cover instead
    json_ld_entity = None  # the JSON-LD it describes itself with: "article", …
    schema_type = None  # the schema.org type of that entity, where it has a choice
    announced_feeds = ()  # the names of the feeds its <head> links to
    # A routable index whose "calendar" route is an iCalendar feed: the feed's title,
    # with a %(project)s placeholder (the footer lists it with the other feeds).
    calendar_title = None
    feed = None  # a PageFeed of this type's latest pages
    search_facet = None  # a SearchFacet; else it is one of the "pages"
    search_prefetch = ()  # what a search result of this type fetches with it
    # Ranked as if it matched this many times better (database backends; else 1).
    search_rank_boost = None
    api_select_related = ()  # what an API listing of this type fetches with it
    api_prefetch_related = ()
    # A classmethod (locale) -> pages the search page suggests when it finds nothing.
    search_suggestions = None
    # What a key figure on the home page can count of this type's live pages
    # (home/blocks.py): (name, label, None to count pages or a field to count the
    # distinct values of).
    key_figure_counts = ()

    base_form_class = PageForm
    content_panels = [*Page.content_panels, FieldPanel("summary"), FieldPanel("image")]
    settings_panels = [*Page.settings_panels, FieldPanel("is_example")]
    # Title over summary over body (the other fields have no boost).
    search_fields = [
        *Page.search_fields,
        index.SearchField("title", boost=3),
        index.SearchField("summary", boost=2),
        index.FilterField("locale_id"),
    ]
    api_fields = [
        APIField("summary"),
        APIField("image"),
        APIField("social_image", serializer=SocialImageField()),
        APIField("is_example"),
    ]
    override_translatable_fields = [
        SynchronizedField("image"),
        SynchronizedField("is_example", overridable=False),
    ]

    class Meta:
        abstract = True

    def shared_context_parts(self, request):
        """What of the request changes what get_shared_context gives (a listing's
        filters and page number), as the key of what is kept names it."""
        return ()

    def changes_at(self, request):
        """When what this page shows changes by itself, with no edit (an event
        starts or ends), or None: shared caches keep the page no longer than that
        (portal.middleware.CacheControlMiddleware)."""
        return None

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The shared context is read by the template, inside the kept content
        # ({% shared_context %} in base.html): not at all while that is kept.
        # What the kept content of this page depends on besides the page, its language
        # and the content (base.html): a listing's filters and page number, not
        # whatever else the query holds.
        # The archive mode changes statuses and forms: from its first day, what
        # was kept before it is not shown (SiteSettings.archive_from).
        context["kept_as"] = (
            request.path,
            self.shared_context_parts(request),
            SiteSettings.for_request(request).is_archive(),
        )
        request.portal_changes_at = self.changes_at(request)
        return context

    def shared_context(self, request):
        """get_shared_context, kept until the content changes (home/fragments.py)."""
        return fragments.remember(
            f"context:{self._meta.label}",
            (
                *fragments.page_parts(self, request),
                translation.get_language(),
                self.shared_context_parts(request),
            ),
            lambda: self.get_shared_context(request),
            request,
        )

    def route(self, request, path_components):
        """Wagtail's routing, with the child's id and type for a slug kept until the
        content changes (home/fragments.py): one query a level instead of two."""
        if not path_components:
            return super().route(request, path_components)
        slug, remaining = path_components[0], path_components[1:]
        found = fragments.recall("child", (self.pk, slug), request)
        if found is fragments.MISSING:
            found = (
                self.get_children()
                .filter(slug=slug)
                .values_list("pk", "content_type_id")
                .first()
            )
            if found:  # an unknown address keeps nothing
                fragments.keep("child", (self.pk, slug), found, request)
        model = found and ContentType.objects.get_for_id(found[1]).model_class()
        if not model:
            raise Http404
        try:
            child = model.objects.get(pk=found[0])
        except model.DoesNotExist as error:
            raise Http404 from error
        child._cached_parent_obj = self  # as Wagtail does: no query for the parent
        return child.route(request, remaining)

    def get_shared_context(self, request):
        """What a page type shows besides its own fields (related items, sections,
        the map…), made of published content only, the same for every visitor of
        this page: kept until the content changes, so pages are not made of
        queries on every visit."""
        return {}

    @cached_property
    def breadcrumbs(self):
        """Ancestors below the site root, for the breadcrumb trail (kept until the
        content changes: home/fragments.py)."""

        def ancestors():
            return list(
                self.get_ancestors().filter(depth__gt=2).specific().defer_streamfields()
            )

        if self.pk is None:  # the preview of a page not yet saved
            return ancestors()
        return fragments.remember("breadcrumbs", (self.pk, self.path), ancestors)

    def get_view_restrictions(self):
        """Wagtail's view restrictions of this page and its ancestors, which it
        checks on every visit: read from what is kept until the content changes
        (a change of a restriction is one). Still a queryset, evaluated already:
        what is made of it (.order_by() in the admin) asks the database for the
        same restrictions."""
        kept = fragments.remember(
            "view-restrictions",
            (self.pk, self.path),
            lambda: list(super(BasePage, self).get_view_restrictions()),
        )
        restrictions = PageViewRestriction.objects.filter(pk__in=[r.pk for r in kept])
        restrictions._result_cache = kept
        restrictions._prefetch_done = True
        return restrictions


class HomePage(BasePage):
    """The start page of a language: hero, key figures, featured items, latest news."""

    parent_page_types = ["wagtailcore.Page"]
    page_description = _("The start page of the site in one language.")
    image_renditions = {
        **BasePage.image_renditions,
        "hero_image": ("hero", "social"),
    }
    json_ld_entity = "project"
    announced_feeds = ("news", "case_stories")
    template = "pages/home/home_page.html"

    hero_heading = models.CharField(_("hero heading"), max_length=120)
    hero_intro = models.TextField(_("hero introduction"), max_length=300, blank=True)
    hero_image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    key_figures = StreamField(
        [("figure", KeyFigureBlock())], blank=True, verbose_name=_("key figures")
    )
    policymaker_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("output for policymakers"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Shown in the “For policymakers” box. Empty: the newest policy "
            "recommendations."
        ),
    )
    body = StreamField(ArticleStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("hero_heading"),
                FieldPanel("hero_intro"),
                FieldPanel("hero_image"),
            ],
            heading=_("Hero"),
        ),
        FieldPanel("key_figures"),
        PageChooserPanel("policymaker_page", page_type="resources.OutputPage"),
        InlinePanel(
            "featured_items",
            label=_("Featured items"),
            max_num=6,
            help_text=_(
                "Empty places are filled with the latest news and case stories."
            ),
        ),
        FieldPanel("body"),
    ]
    promote_panels = [*Page.promote_panels, FieldPanel("summary"), FieldPanel("image")]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("hero_heading", boost=3),
        index.SearchField("hero_intro"),
        index.SearchField("body"),
    ]
    api_fields = [
        *BasePage.api_fields,
        APIField("hero_heading"),
        APIField("hero_intro"),
        APIField("hero_image"),
        APIField("key_figures"),
        APIField("body"),
    ]
    override_translatable_fields = [
        *BasePage.override_translatable_fields,
        SynchronizedField("hero_image"),
    ]

    FEATURED_COUNT = 6

    class Meta:
        verbose_name = _("home page")

    def get_shared_context(self, request):
        context = super().get_shared_context(request)
        featured = self.get_featured()
        context["featured"] = featured
        # Nothing twice on one page: the latest news leaves out the featured items.
        context["latest_news"] = self.latest_of(
            "news.NewsPage", "-date", 3, exclude=featured, related=["category"]
        )
        context["news_index"] = self.section("news.NewsIndexPage")
        context["for_policymakers"] = self.for_policymakers()
        return context

    def for_policymakers(self):
        """The "For policymakers" entry: the recommendations, in this language where
        translated (else marked as the source), and the library filtered to outputs
        for policymakers."""
        # By name, as Wagtail names page types: the base does not import the apps
        # built on it.
        outputs = apps.get_model("resources.OutputPage").objects.live().public()
        output = None
        if self.policymaker_page_id:
            output = outputs.filter(pk=self.policymaker_page_id).first()
        if output is None:
            output = (
                one_per_item(
                    outputs.filter(output_type="policy_recommendations"),
                    self.locale_id,
                )
                .order_by("-publication_date")
                .first()
            )
        if output is None:
            return None
        (output,) = localized([output], self.locale_id) or (None,)
        if output is None:
            return None
        library = self.section("resources.OutputIndexPage")
        return {
            "output": output,
            "files": output.language_versions(),
            "in_visitor_language": output.has_file_in(translation.get_language()),
            "library": library,
        }

    def section(self, model):
        """The first live index of a type below this home page, else below the source
        home page (marked): the link to "All news" or the library always leads
        somewhere, even in a language whose tree lacks that section."""
        if isinstance(model, str):
            model = apps.get_model(model)
        found = one_per_item(
            children_of_all_versions(self, model).live().public(), self.locale_id
        )
        found = list(in_source_order(found)[:1])
        return mark_fallbacks(found, self.locale_id)[0] if found else None

    def latest_of(self, model_label, order, count, exclude=(), related=()):
        """The newest live pages of a type for this page's language, one per item:
        the translation where there is one, else the source version (marked)."""
        model = apps.get_model(model_label)
        items = one_per_item(model.objects.live().public(), self.locale_id)
        return mark_fallbacks(
            items.exclude(translation_key__in=[p.translation_key for p in exclude])
            .select_related("image", *related)
            .prefetch_related("image__renditions")
            .order_by(order)[:count],
            self.locale_id,
        )

    def get_featured(self):
        """Editors' picks, then the latest news and case stories to fill the row.

        Picks are synchronised from the English page: each is shown in this language
        where translated, else as the source (marked).
        """
        picks = [
            item.page
            for item in self.featured_items.select_related("page").order_by(
                "sort_order"
            )
        ]
        chosen = localized(picks, self.locale_id)[: self.FEATURED_COUNT]
        attach_images(chosen)
        missing = self.FEATURED_COUNT - len(chosen)
        if missing > 0:
            news = self.latest_of(
                "news.NewsPage", "-date", missing, chosen, ["category"]
            )
            stories = self.latest_of(
                "partners.CaseStoryPage", "-start_date", missing, chosen, ["country"]
            )
            fill = [page for pair in zip(news, stories, strict=False) for page in pair]
            longer = news if len(news) > len(stories) else stories
            fill.extend(longer[len(fill) // 2 :])
            chosen += fill[:missing]
        return chosen


class HomePageFeaturedItem(Orderable):
    """A page an editor puts on the home page."""

    home_page = ParentalKey(
        HomePage, related_name="featured_items", on_delete=models.CASCADE
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [
        PageChooserPanel(
            "page",
            page_type=[
                "news.NewsPage",
                "partners.CaseStoryPage",
                "partners.NetworkPage",
                "resources.OutputPage",
                "home.StandardPage",
            ],
        )
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("featured item")


class StandardPage(BasePage):
    """A page of text: about, key facts, contact, privacy, accessibility statement."""

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]
    page_description = _("A page of text, e.g. About, Contact or Privacy.")
    card_label = pgettext_lazy("page type", "Page")
    template = "pages/home/standard_page.html"

    body = StreamField(ArticleStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = [*BasePage.content_panels, FieldPanel("body")]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]
    api_fields = [*BasePage.api_fields, APIField("body")]

    class Meta:
        verbose_name = _("standard page")

    def get_shared_context(self, request):
        context = super().get_shared_context(request)
        subpages = one_per_item(
            children_of_all_versions(self).live().public(), self.locale_id
        )
        context["subpages"] = mark_fallbacks(
            attach_images(list(in_source_order(subpages).specific())), self.locale_id
        )
        return context


class ListingPage(BasePage):
    """An index page that lists its children, filtered and paginated."""

    intro = RichTextField(
        _("introduction"), blank=True, features=["bold", "italic", "link"]
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("summary")]
    search_fields = [*BasePage.search_fields, index.SearchField("intro")]
    api_fields = [
        *BasePage.api_fields,
        APIField("intro", serializer=RichTextSerializer()),
    ]
    filter_form_class = None
    # Whether the list has later pages at <list>/page/N/ (an index that shows all
    # its items at once says False: those addresses are then 404s).
    paginated = True
    #: Foreign keys to pages that the cards show (e.g. a story's network): each is
    #: shown in the listing's language (``<field>_shown``, see localize_related).
    localized_relations = ()

    class Meta:
        abstract = True

    def get_listing(self):
        """The live items this page lists, fetched with what the cards show."""
        raise NotImplementedError

    def listed(self, model):
        """The live, public items of type `model` for this page's language: those filed
        under this page, and the source versions of those not yet translated (see
        home.localization); the order is the caller's."""
        return one_per_item(
            children_of_all_versions(self, model).live().public(), self.locale_id
        ).select_related("locale")

    def get_filter_form(self, request, items):
        """The listing's filter form; `items` is the unfiltered listing."""
        if self.filter_form_class is None:
            return None
        return self.filter_form_class(request.GET or None, locale=self.locale)

    def filter_form(self, request):
        """The filter form of this request, made once (None for a listing without).
        The listing it is given is built only if the form needs it (its years and
        counts are kept)."""
        made = request.__dict__.setdefault("_portal_filter_forms", {})
        if self.pk not in made:
            made[self.pk] = self.get_filter_form(
                request, SimpleLazyObject(self.get_listing)
            )
        return made[self.pk]

    def shared_context_parts(self, request):
        # The valid filters and the page number choose the items: a value the form
        # does not know is dropped, so it keeps nothing of its own.
        form = self.filter_form(request)
        return (form.fragment_parts() if form else (), requested_number(request))

    def route(self, request, path_components):
        """The list's later pages have addresses of their own, <list>/page/2/, so
        that a static copy of the site (export_static) has a file for each."""
        if (
            self.paginated
            and len(path_components) == 2
            and path_components[0] == PAGE_SEGMENT
        ):
            number = path_components[1]
            if not (
                number.isdigit() and number == str(int(number)) and int(number) > 1
            ):
                raise Http404  # /page/1/, /page/01/, /page/x/: not an address of ours
            found = super().route(request, [])  # the list itself, if it is live
            return RouteResult(found.page, kwargs={"page_number": int(number)})
        return super().route(request, path_components)

    def serve(self, request, *args, page_number=1, **kwargs):
        if "page" in request.GET:
            # The old ?page=N: to the page's own address, with the rest of the query.
            query = request.GET.copy()
            number = requested_number(request)
            del query["page"]
            return HttpResponsePermanentRedirect(
                paged_url(self.get_url(request), number, query)
            )
        request.listing_page_number = page_number
        return super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        form = self.filter_form(request)
        if form is not None:
            form.filter(SimpleLazyObject(self.get_listing))  # labels its options
            context["filter_form"] = form
        # Links to the list's other pages keep its valid filters, and nothing else.
        context["filter_query"] = form.valid_query() if form else QueryDict()
        context["paged_url"] = self.get_url(request)
        return context

    def get_shared_context(self, request):
        context = super().get_shared_context(request)
        items = self.get_listing()
        form = self.filter_form(request)
        if form is not None:
            items = form.filter(items)
        page_obj = paginate(request, items)
        page_obj.object_list = mark_fallbacks(page_obj.object_list, self.locale_id)
        for field in self.localized_relations:
            localize_related(page_obj.object_list, field, self.locale_id)
        # Counted and paged: what is kept of the list is this page's items.
        page_obj.paginator.object_list = ()
        context["items"] = page_obj
        return context
