"""The outputs library: one record per output, with a file for each language."""

import datetime
import re
from urllib.parse import urljoin

from django import forms
from django.conf import settings
from django.core.validators import RegexValidator
from django.db import IntegrityError, models, transaction
from django.db.models import Count, Exists, F, OuterRef, Q, Subquery, Sum
from django.db.models.functions import Coalesce, ExtractYear, Length, Substr
from django.http import HttpResponseNotAllowed
from django.template.response import TemplateResponse
from django.utils import timezone, translation
from django.utils.cache import add_never_cache_headers
from django.utils.functional import cached_property
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import CollectionViewRestriction, Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home import fragments
from home.archive import exporting
from home.blocks import ArticleStreamBlock
from home.forms import ListingFilterForm, TermChoiceField
from home.languages import FILE_LANGUAGES, language_name
from home.localization import localized, mark_fallbacks, one_per_item
from home.models import (
    BasePage,
    ListingPage,
    TaxonomyTerm,
    Theme,
    live_related,
    source_locale_only,
)
from home.page_types import SearchFacet
from home.serializers import PageLinkSerializer, TermSerializer

from .admin_forms import OutputPageForm
from .api import OutputFilesField
from .download_tables import RECENT_DAYS
from .downloads import counts_as_download, serve_file
from .panels import DownloadCountPanel


class Audience(TaxonomyTerm):
    """Who an output is written for: policymakers, service providers, researchers…"""

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("audience")
        verbose_name_plural = _("audiences")


class OutputFilterForm(ListingFilterForm):
    """Combinable filters; each option shows how many outputs it would leave."""

    type = forms.ChoiceField(label=_("Type"), required=False)
    audience = TermChoiceField(Audience, label=_("For"), empty_label=_("All audiences"))
    theme = TermChoiceField(Theme, label=_("Theme"), empty_label=_("All themes"))
    year = forms.TypedChoiceField(
        label=_("Year"), required=False, coerce=int, empty_value=None
    )
    mine = forms.BooleanField(label=_("Available in my language"), required=False)

    lookups = {
        "type": "output_type",
        "audience": "audiences",
        "theme": "themes",
        "year": "publication_date__year",
    }

    def __init__(self, data=None, locale=None, base=None, listing=None, **kwargs):
        super().__init__(data, locale=locale, **kwargs)
        self.base = base if base is not None else OutputPage.objects.none()
        self.language = locale.language_code if locale else None
        # The library page whose outputs `base` holds: the years and counts are kept
        # for it until the content changes (home/fragments.py).
        self.listing = listing
        years = self.remember(
            "years",
            lambda: sorted(
                {date.year for date in self.base.dates("publication_date", "year")},
                reverse=True,
            ),
            chosen=False,  # before the form is validated: the years make its choices
        )
        self.fields["year"].choices = [("", _("All years")), *((y, y) for y in years)]
        self.fields["type"].choices = [("", _("All types")), *OutputPage.TYPE_CHOICES]

    # Filtering ------------------------------------------------------------------

    def in_my_language(self, queryset):
        files = OutputFile.objects.filter(
            page_id=OuterRef("pk"), language__iexact=self.language
        )
        return queryset.filter(Exists(files))

    def apply(self, queryset, skip=None):
        """The queryset narrowed by every valid filter except `skip`."""
        queryset = super().filter(queryset, skip=skip)
        mine = self.is_bound and skip != "mine" and self.cleaned_data.get("mine")
        if mine and self.language:
            queryset = self.in_my_language(queryset)
        return queryset

    def filter(self, queryset, skip=None):
        filtered = self.apply(queryset, skip=skip)
        self.count_options()
        return filtered

    @property
    def active(self):
        return super().active or bool(
            self.is_bound
            and hasattr(self, "cleaned_data")
            and self.cleaned_data.get("mine")
        )

    # Counts ---------------------------------------------------------------------

    def remember(self, name, compute, chosen=True):
        """compute(), kept for this library, language and (`chosen`) the filters."""
        if self.listing is None:
            return compute()
        return fragments.remember(
            f"library-{name}",
            (self.listing, self.language, self.fragment_parts() if chosen else ()),
            compute,
        )

    def count_options(self):
        """Label every option with the number of outputs it would give."""
        counts = self.remember("counts", self.counts)
        types = counts["types"]
        self.fields["type"].choices = [
            ("", _("All types")),
            *(
                (value, f"{label} ({types.get(value, 0)})")
                for value, label in OutputPage.TYPE_CHOICES
            ),
        ]
        self.fields["audience"].counts = counts["audiences"]
        self.fields["theme"].counts = counts["themes"]
        years = counts["years"]
        self.fields["year"].choices = [
            ("", _("All years")),
            *(
                (value, f"{value} ({years.get(value, 0)})")
                for value, _label in self.fields["year"].choices[1:]
            ),
        ]
        if self.language:
            mine = counts["mine"]
            self.fields["mine"].label = _("Available in my language (%(count)s)") % {
                "count": mine
            }
            # Bound fields copy their label when made (at validation): make it anew.
            self._bound_fields_cache.pop("mine", None)

    def counts(self):
        """How many outputs each option would leave, the other filters applied."""

        def grouped(skip, key, expression=None):
            queryset = self.apply(self.base, skip=skip).order_by()
            if expression is not None:
                queryset = queryset.annotate(**{key: expression})
            rows = queryset.values(key).annotate(n=Count("pk", distinct=True))
            return {row[key]: row["n"] for row in rows if row[key] is not None}

        return {
            "types": grouped("type", "output_type"),
            "audiences": grouped("audience", "audiences__slug"),
            "themes": grouped("theme", "themes__slug"),
            "years": grouped("year", "year_published", ExtractYear("publication_date")),
            "mine": (
                self.in_my_language(self.apply(self.base, skip="mine")).count()
                if self.language
                else 0
            ),
        }


class OutputIndexPage(ListingPage):
    """The library of project outputs."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["resources.OutputPage"]
    page_description = _("The library of downloadable outputs.")
    template = "pages/resources/output_index_page.html"
    filter_form_class = OutputFilterForm  # made with the listing (get_filter_form)

    class Meta:
        # The tables keep the names they had before the models were renamed (from
        # Resource… to Output…, migration 0007); so does the type's column.
        db_table = "resources_resourceindexpage"
        verbose_name = _("output library page")

    def get_filter_form(self, request, items):
        return OutputFilterForm(
            request.GET or None, locale=self.locale, base=items, listing=self.pk
        )

    def get_listing(self):
        """Every output in this language, and those not yet translated in English.

        A policymaker in Riga sees the whole library: the outputs translated into
        Latvian under their Latvian titles, the others under their English ones.
        """
        outputs = self.listed(OutputPage)
        return (
            outputs.select_related("image", "locale")
            .prefetch_related(
                "image__renditions",
                models.Prefetch(
                    "files",
                    queryset=OutputFile.objects.select_related(
                        "document__cover", "document__collection"
                    ).prefetch_related("document__cover__renditions"),
                ),
            )
            .order_by("-publication_date", "title")
        )


class OutputPage(RoutablePageMixin, BasePage):
    """One output (handbook, recommendations, film…) with a file per language."""

    key_figure_counts = (("outputs", _("Outputs"), None),)

    TYPE_CHOICES = [
        ("handbook", _("Handbook")),
        ("training_module", _("Training module")),
        ("roadmap", _("Roadmap")),
        ("policy_recommendations", _("Policy recommendations")),
        ("brochure", _("Brochure")),
        ("report", _("Report")),
        ("film", _("Film")),
    ]

    parent_page_types = ["resources.OutputIndexPage"]
    subpage_types = []
    page_description = _("A downloadable output such as a handbook.")
    card_label = pgettext_lazy("page type", "Output")
    card_media = "cover"
    json_ld_entity = "output"
    search_facet = SearchFacet(
        "output",
        pgettext_lazy("search result type", "Output"),
        "publication_date",
        order=30,
    )
    search_prefetch = ("files__document", "files__locale")
    # Outputs are what the project made and what most visitors come for; a long PDF
    # also dilutes their scores (BM25 normalises by length, PostgreSQL favours short
    # titles), so they rank as if they matched this much better.
    search_rank_boost = 1.5
    api_prefetch_related = (
        "files__document__cover__renditions",
        "partners",
        "audiences",
        "themes",
    )
    base_form_class = OutputPageForm
    template = "pages/resources/output_page.html"

    output_type = models.CharField(
        _("type"), max_length=30, choices=TYPE_CHOICES, db_column="resource_type"
    )
    publication_date = models.DateField(_("publication date"))
    authors = models.CharField(
        _("authors"),
        max_length=255,
        blank=True,
        help_text=_("People or organisations who wrote it, if not only partners."),
    )
    partners = ParentalManyToManyField(
        "partners.PartnerPage",
        verbose_name=_("partners"),
        blank=True,
        related_name="outputs",
        help_text=_("The partners who wrote or published it."),
    )
    audiences = ParentalManyToManyField(
        Audience,
        verbose_name=_("audiences"),
        blank=True,
        related_name="+",
        limit_choices_to=source_locale_only,
    )
    themes = ParentalManyToManyField(
        "home.Theme",
        verbose_name=_("themes"),
        blank=True,
        related_name="+",
        limit_choices_to=source_locale_only,
    )
    body = StreamField(ArticleStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = [
        *BasePage.content_panels,
        FieldRowPanel([FieldPanel("output_type"), FieldPanel("publication_date")]),
        InlinePanel(
            "files",
            label=_("Language versions"),
            min_num=1,
            help_text=_(
                "One file per language; the visitor's language is shown first. "
                "Without an image above, the first page of the first PDF is the cover."
            ),
        ),
        MultiFieldPanel(
            [
                FieldPanel("authors"),
                FieldPanel("partners", widget=forms.CheckboxSelectMultiple),
                FieldPanel("audiences", widget=forms.CheckboxSelectMultiple),
                FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Authors, audiences and themes"),
        ),
        FieldPanel("body"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("authors"),
        index.SearchField("body"),
        index.SearchField("type_label", boost=2),
        # The text read from the PDFs in the page's language (see OutputFile).
        index.RelatedFields("files", [index.SearchField("searchable_text")]),
        index.FilterField("output_type"),
        index.FilterField("publication_date"),
        index.FilterField("themes"),
        index.FilterField("audiences"),
    ]
    api_fields = [
        *BasePage.api_fields,
        APIField("output_type"),
        APIField("publication_date"),
        APIField("authors"),
        APIField("files", serializer=OutputFilesField()),
        APIField("partners", serializer=PageLinkSerializer(many=True)),
        APIField("audiences", serializer=TermSerializer(many=True)),
        APIField("themes", serializer=TermSerializer(many=True)),
        APIField("body"),
    ]
    override_translatable_fields = [
        *BasePage.override_translatable_fields,
        SynchronizedField("output_type", overridable=False),
        SynchronizedField("publication_date", overridable=False),
        SynchronizedField("authors"),
    ]

    class Meta:
        db_table = "resources_resourcepage"  # its name before 0007, as above
        verbose_name = _("output page")

    @classmethod
    def search_suggestions(cls, locale, count=3):
        """What the search page suggests when it finds nothing: the most downloaded
        outputs (all language versions together), newest next, one per item."""
        downloads = (
            DownloadCount.objects.filter(
                page__translation_key=OuterRef("translation_key")
            )
            .order_by()
            .values("page__translation_key")
            .annotate(total=Sum("count"))
            .values("total")
        )
        return mark_fallbacks(
            one_per_item(cls.objects.live().public(), locale)
            .annotate(downloads=Coalesce(Subquery(downloads[:1]), 0))
            .order_by("-downloads", "-publication_date")[:count],
            locale,
        )

    @property
    def type_label(self):
        """The output's type in the page's own language (“Handbuch”), for search."""
        with translation.override(self.locale.language_code):
            return str(self.get_output_type_display())

    @classmethod
    def get_edit_handler(cls):
        return TabbedInterface(
            [
                ObjectList(cls.content_panels, heading=_("Content")),
                ObjectList(cls.promote_panels, heading=_("Promote")),
                ObjectList(cls.settings_panels, heading=_("Settings")),
                ObjectList([DownloadCountPanel()], heading=_("Downloads")),
            ]
        ).bind_to_model(cls)

    @cached_property
    def cover_image(self):
        """The uploaded image, else the first page of a PDF in the visitor's language
        or, failing that, of the first PDF; never that of a private document."""
        if self.image_id:
            return self.image
        for file in self.language_versions():
            if file.document.cover_id and not file.is_private:
                return file.document.cover
        return None

    @cached_property
    def language_files(self):
        """The files in editor order with their documents and covers, read once: the
        page, its cover, its download view and its JSON-LD all use them. A listing's
        prefetch is used as it is."""
        if "files" in getattr(self, "_prefetched_objects_cache", {}):
            return list(self.files.all())
        return list(
            self.files.select_related("document__cover", "document__collection")
        )

    def language_versions(self, language_code=None):
        """The files, those in the visitor's language first, then in editor order."""
        language_code = (language_code or translation.get_language() or "").lower()
        return sorted(
            self.language_files,
            key=lambda file: file.language.lower() != language_code,
        )

    def has_file_in(self, language_code):
        return self.file_for(language_code or "") is not None

    def file_for(self, language_code):
        language_code = language_code.lower()
        return next(
            (f for f in self.language_files if f.language.lower() == language_code),
            None,
        )

    @cached_property
    def authoring_partners(self):
        """The live partners who wrote it, in the page's language where translated."""
        return localized(live_related(self.partners).order_by("title"), self.locale_id)

    @cached_property
    def audience_terms(self):
        return list(self.audiences.all())

    @cached_property
    def theme_terms(self):
        return list(self.themes.all())

    def get_shared_context(self, request):
        context = super().get_shared_context(request)
        context["files"] = self.language_versions()
        context["file_in_visitor_language"] = self.has_file_in(
            translation.get_language()
        )
        # Read once for the page and for its JSON-LD (discovery/seo.py reads them here).
        context["partners"] = self.authoring_partners
        context["audiences"] = self.audience_terms
        context["themes"] = self.theme_terms
        return context

    def download_totals(self):
        """This output's downloads: {translation key: {file language: (all, recent)}}."""
        return DownloadCount.totals([self.translation_key])

    @path("download/<str:language>/", name="download")
    def download(self, request, language):
        """The file in one language, under a clear name, counted once per download."""
        if request.method not in ("GET", "HEAD"):
            return HttpResponseNotAllowed(["GET", "HEAD"])
        file = self.file_for(language)
        if file is None:
            return TemplateResponse(
                request,
                "pages/resources/download_missing.html",
                {
                    "page": self,
                    "requested": language,
                    "requested_name": language_name(language),
                    "files": self.language_versions(),
                },
                status=404,
            )
        response = serve_file(request, file)
        if counts_as_download(request, response):
            DownloadCount.increment(self, file.language.lower())
        # Every download reaches the site, so that it is counted: no cache keeps it.
        add_never_cache_headers(response)
        return response


class OutputFileQuerySet(models.QuerySet):
    def with_privacy(self):
        """Annotate `document_is_private`: a view restriction applies to the document's
        collection or one it is in (that collection's path begins the document's)."""
        restrictions = CollectionViewRestriction.objects.annotate(
            path_length=Length("collection__path")
        ).filter(
            collection__path=Substr(
                OuterRef("document__collection__path"), 1, F("path_length")
            )
        )
        return self.annotate(document_is_private=Exists(restrictions))


class OutputFileManager(models.Manager.from_queryset(OutputFileQuerySet)):
    """Every query of files knows which are private, so that listings showing covers
    need no query per output."""

    def get_queryset(self):
        return super().get_queryset().with_privacy()


class OutputFile(TranslatableMixin, Orderable):
    """One language version of an output.

    Translations of the output share the source's files (wagtail-localize keeps them
    in step); a translator can replace a document in the translation editor.
    """

    page = ParentalKey(OutputPage, related_name="files", on_delete=models.CASCADE)
    language = models.CharField(
        _("language"),
        max_length=10,
        default="en",
        validators=[
            RegexValidator(
                r"^[a-z]{2,3}(-[a-z0-9]{2,8})*$",
                _("Enter a language code such as “de” or “pt-br”."),
            )
        ],
        help_text=_("The language of this file."),
    )
    edition = models.CharField(
        _("edition"),
        max_length=100,
        blank=True,
        help_text=_("Optional, e.g. “2nd edition” or “updated version”."),
    )
    edition_date = models.DateField(_("edition date"), null=True, blank=True)
    document = models.ForeignKey(
        settings.WAGTAILDOCS_DOCUMENT_MODEL,
        verbose_name=_("document"),
        on_delete=models.PROTECT,
        related_name="+",
    )

    panels = [
        FieldRowPanel(
            [
                FieldPanel("language", widget=forms.Select(choices=FILE_LANGUAGES)),
                FieldPanel("document"),
            ]
        ),
        FieldRowPanel([FieldPanel("edition"), FieldPanel("edition_date")]),
    ]
    objects = OutputFileManager()

    override_translatable_fields = [
        SynchronizedField("language", overridable=False),
        SynchronizedField("edition"),
        SynchronizedField("edition_date", overridable=False),
        SynchronizedField("document"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        # Files added outside the editor have no sort order: then the first added
        # comes first, on every database.
        ordering = ["sort_order", "pk"]
        db_table = "resources_resourcefile"  # its name before 0007, as above
        verbose_name = _("language version")
        verbose_name_plural = _("language versions")

    def __str__(self):
        return f"{self.page} ({self.language})"

    @property
    def language_name(self):
        """The language named in itself: Deutsch, Latviešu…"""
        return language_name(self.language)

    @property
    def searchable_text(self):
        """The document's text, for search, when it is in the output page's language.

        Each language version of an output is searched in its own language (and
        stemmed as such), so the German page carries the German PDF's text only. The
        text of a private document (see `is_private`) is never indexed.
        """
        if self.language.split("-")[0] != self.locale.language_code:
            return ""
        if self.is_private:
            return ""
        return self.document.text

    @cached_property
    def is_private(self):
        """True when the document's collection (or one it is in) has a view restriction.

        Such a file is served to those allowed only; its text is kept out of the search
        index and its first page is not shown as the output's cover, since covers are
        ordinary (public) images.
        """
        if hasattr(self, "document_is_private"):  # see OutputFileManager
            return self.document_is_private
        collection = self.document.collection
        return collection is not None and collection.get_view_restrictions().exists()

    @property
    def file_format(self):
        return self.document.file_format

    @property
    def content_type(self):
        return self.document.content_type

    @property
    def file_size(self):
        return self.document.get_file_size()

    @property
    def download_url(self):
        """The stable address: /<lang>/<library>/<slug>/download/<file language>/;
        in a static archive (home/archive.py) the document's own file."""
        if exporting():
            return self.document.url
        return self.page.url + self.page.reverse_subpage(
            "download", args=[self.language.lower()]
        )

    def full_download_url(self, request=None):
        if exporting():
            return urljoin(self.page.get_full_url(request), self.document.url)
        return self.page.get_full_url(request) + self.page.reverse_subpage(
            "download", args=[self.language.lower()]
        )

    def download_filename(self):
        """e.g. policy-recommendations-de.pdf: the output and the language."""
        stem = slugify(self.page.title.translate(LATIN_LETTERS)) or self.page.slug
        if len(stem) > 80:
            stem = stem[:80].rsplit("-", 1)[0]
        suffix = re.sub(r"[^a-z0-9-]", "", self.language.lower())
        return f"{stem}-{suffix}.{self.document.file_extension.lower()}"


# Letters that Unicode does not decompose into a base letter and an accent, so that
# slugify would drop them ("usług" -> "usug"): their usual Latin spelling.
LATIN_LETTERS = str.maketrans(
    {
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "æ": "ae",
        "Æ": "AE",
        "ß": "ss",
        "đ": "d",
        "Đ": "D",
        "þ": "th",
        "Þ": "Th",
        "œ": "oe",
        "Œ": "OE",
        "ı": "i",
    }
)


class DownloadCount(models.Model):
    """Downloads of one language version on one day: a number, nothing about people."""

    # A download is no change of content: kept fragments stay (home/fragments.py).
    changes_no_content = True

    page = models.ForeignKey(
        Page,
        verbose_name=_("output"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    language = models.CharField(_("file language"), max_length=10)
    day = models.DateField(_("day"))
    count = models.PositiveIntegerField(_("downloads"), default=0)

    class Meta:
        verbose_name = _("download count")
        verbose_name_plural = _("download counts")
        constraints = [
            models.UniqueConstraint(
                fields=["page", "language", "day"], name="one_count_per_file_and_day"
            )
        ]

    def __str__(self):
        return f"{self.page_id} {self.language} {self.day}: {self.count}"

    @classmethod
    def totals(cls, translation_keys=None):
        """{translation key: {file language: (all time, last 30 days)}}.

        Downloads of every translation of an output count for that output: a Latvian
        visitor downloading the German file from the Latvian page adds to German.
        """
        since = timezone.localdate() - datetime.timedelta(days=RECENT_DAYS - 1)
        rows = cls.objects.all()
        if translation_keys is not None:
            rows = rows.filter(page__translation_key__in=translation_keys)
        rows = (
            rows.values("page__translation_key", "language")
            .annotate(total=Sum("count"), recent=Sum("count", filter=Q(day__gte=since)))
            .order_by()
        )
        totals = {}
        for row in rows:
            per_language = totals.setdefault(row["page__translation_key"], {})
            per_language[row["language"]] = (row["total"], row["recent"] or 0)
        return totals

    @classmethod
    def increment(cls, page, language):
        """Add one to today's count; safe when two downloads arrive together."""
        key = {"page_id": page.pk, "language": language, "day": timezone.localdate()}
        if cls.objects.filter(**key).update(count=F("count") + 1):
            return
        try:
            with transaction.atomic():
                cls.objects.create(count=1, **key)
        except IntegrityError:
            cls.objects.filter(**key).update(count=F("count") + 1)


# The library's filters: type, audience, theme, year and "in my language", with
# counts (beside the models it filters by, as the other listings' filter forms are).
