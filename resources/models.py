"""Downloadable project outputs: handbooks, training modules, recommendations."""

from django import forms
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home.blocks import ArticleStreamBlock
from home.forms import ListingFilterForm
from home.models import BasePage, ListingPage


class ResourceFilterForm(ListingFilterForm):
    """Filter outputs by type."""

    type = forms.ChoiceField(label=_("Type"), required=False)
    lookups = {"type": "resource_type"}

    def __init__(self, data=None, locale=None, **kwargs):
        super().__init__(data, locale=locale, **kwargs)
        self.fields["type"].choices = [("", _("All")), *ResourcePage.TYPE_CHOICES]


class ResourceIndexPage(ListingPage):
    """The library of project outputs."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["resources.ResourcePage"]
    page_description = _("The library of downloadable outputs.")
    template = "pages/resources/resource_index_page.html"
    filter_form_class = ResourceFilterForm

    class Meta:
        verbose_name = _("resource index page")

    def get_listing(self):
        return (
            ResourcePage.objects.child_of(self)
            .live()
            .public()
            .select_related("image")
            .prefetch_related("image__renditions", "files__document")
            .order_by("-publication_date", "title")
        )


class ResourcePage(BasePage):
    """One project output with its downloadable files."""

    TYPE_CHOICES = [
        ("handbook", _("Handbook")),
        ("training_module", _("Training module")),
        ("roadmap", _("Roadmap")),
        ("policy_recommendations", _("Policy recommendations")),
        ("brochure", _("Brochure")),
        ("report", _("Report")),
        ("film", _("Film")),
    ]

    parent_page_types = ["resources.ResourceIndexPage"]
    subpage_types = []
    page_description = _("A downloadable output such as a handbook.")
    template = "pages/resources/resource_page.html"

    resource_type = models.CharField(_("type"), max_length=30, choices=TYPE_CHOICES)
    publication_date = models.DateField(_("publication date"))
    body = StreamField(ArticleStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = [
        *BasePage.content_panels,
        FieldRowPanel([FieldPanel("resource_type"), FieldPanel("publication_date")]),
        InlinePanel("files", label=_("Files"), min_num=1),
        FieldPanel("body"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("body"),
        index.FilterField("resource_type"),
        index.FilterField("publication_date"),
    ]
    override_translatable_fields = [
        *BasePage.override_translatable_fields,
        SynchronizedField("resource_type", overridable=False),
        SynchronizedField("publication_date", overridable=False),
    ]

    class Meta:
        verbose_name = _("resource page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["files"] = self.files.select_related("document")
        return context


class ResourceFile(Orderable):
    """A downloadable file of an output, in one language."""

    page = ParentalKey(ResourcePage, related_name="files", on_delete=models.CASCADE)
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    language = models.CharField(
        _("language"), max_length=10, choices=settings.LANGUAGES, default="en"
    )

    panels = [FieldRowPanel([FieldPanel("document"), FieldPanel("language")])]

    class Meta(Orderable.Meta):
        verbose_name = _("file")
