"""News items, their categories and the news index."""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home import fragments
from home.blocks import ArticleStreamBlock
from home.forms import ListingFilterForm, TermChoiceField
from home.localization import localized
from home.models import (
    BasePage,
    ListingPage,
    TaxonomyTerm,
    live_related,
    source_locale_only,
)
from home.page_types import PageFeed, SearchFacet
from home.serializers import PageLinkSerializer, TermSerializer


class NewsCategory(TaxonomyTerm):
    """A kind of news item, e.g. events or publications."""

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("news category")
        verbose_name_plural = _("news categories")


class NewsFilterForm(ListingFilterForm):
    """Filter news by category and year."""

    category = TermChoiceField(
        NewsCategory, label=_("Category"), empty_label=_("All categories")
    )
    year = forms.TypedChoiceField(
        label=_("Year"), required=False, coerce=int, empty_value=None
    )
    lookups = {"category": "category", "year": "date__year"}

    def __init__(self, data=None, locale=None, years=(), **kwargs):
        super().__init__(data, locale=locale, **kwargs)
        self.fields["year"].choices = [
            ("", _("All years")),
            *[(y, y) for y in years],
        ]


class NewsIndexPage(ListingPage):
    """Lists news items, newest first, filtered by category and year."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsPage"]
    page_description = _("The list of news items.")
    announced_feeds = ("news",)
    template = "pages/news/news_index_page.html"
    filter_form_class = NewsFilterForm  # made with the years listed (get_filter_form)

    class Meta:
        verbose_name = _("news index page")

    def get_listing(self):
        return (
            self.listed(NewsPage)
            .select_related("image", "category")
            .prefetch_related("image__renditions")
            .order_by("-date", "-pk")
        )

    def get_filter_form(self, request, items):
        years = fragments.remember(
            "news-years",
            (self.pk,),
            lambda: [d.year for d in items.dates("date", "year", order="DESC")],
            request,
        )
        return NewsFilterForm(request.GET or None, locale=self.locale, years=years)


class NewsPage(BasePage):
    """A dated news item."""

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []
    page_description = _("A dated news item with a summary and body.")
    card_label = pgettext_lazy("page type", "News")
    json_ld_entity = "article"
    schema_type = "NewsArticle"
    feed = PageFeed(
        name="news",
        slug="news",
        title=_("%(project)s news"),
        index="news.NewsIndexPage",
        ordering=("-date", "-pk"),
        date_field="date",
    )
    search_facet = SearchFacet(
        "news", pgettext_lazy("search result type", "News"), "date", order=10
    )
    api_select_related = ("category",)
    api_prefetch_related = ("related_partners", "related_case_stories")
    template = "pages/news/news_page.html"

    date = models.DateField(_("date"))
    category = models.ForeignKey(
        NewsCategory,
        verbose_name=_("category"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        limit_choices_to=source_locale_only,
    )
    body = StreamField(ArticleStreamBlock(), blank=True, verbose_name=_("body"))
    related_partners = ParentalManyToManyField(
        "partners.PartnerPage",
        verbose_name=_("related partners"),
        blank=True,
        related_name="news_items",
    )
    related_case_stories = ParentalManyToManyField(
        "partners.CaseStoryPage",
        verbose_name=_("related case stories"),
        blank=True,
        related_name="news_items",
    )

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [FieldPanel("date"), FieldPanel("category")], heading=_("Date and category")
        ),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("related_partners", widget=forms.CheckboxSelectMultiple),
                FieldPanel("related_case_stories", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Related"),
        ),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("body"),
        index.FilterField("date"),
        index.FilterField("category_id"),
    ]
    api_fields = [
        *BasePage.api_fields,
        APIField("date"),
        APIField("category", serializer=TermSerializer()),
        APIField("body"),
        APIField("related_partners", serializer=PageLinkSerializer(many=True)),
        APIField("related_case_stories", serializer=PageLinkSerializer(many=True)),
    ]
    override_translatable_fields = [
        *BasePage.override_translatable_fields,
        SynchronizedField("date", overridable=False),
        SynchronizedField("category"),
        SynchronizedField("related_partners"),
        SynchronizedField("related_case_stories"),
    ]

    class Meta:
        verbose_name = _("news page")

    def get_shared_context(self, request):
        context = super().get_shared_context(request)
        # Relations are synchronised from the English page: show each in this language.
        context["related_partners"] = localized(
            live_related(self.related_partners), self.locale_id
        )
        context["related_case_stories"] = localized(
            live_related(self.related_case_stories), self.locale_id
        )
        return context
