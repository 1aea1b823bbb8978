"""Partners, Local Empowerment Networks and the micro-project case stories they
produced; the contact page, which reaches the partners."""

import logging
import smtplib
import unicodedata
from http import HTTPMethod

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import EmailMessage
from django.db import models
from django.template.response import TemplateResponse
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.forms.models import AbstractFormField, EmailFormMixin, FormMixin
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home import fragments
from home.archive import exporting
from home.blocks import ArticleStreamBlock
from home.forms import ListingFilterForm, TermChoiceField
from home.links import validate_safe_url
from home.localization import localized, mark_fallbacks, one_per_item
from home.models import (
    BasePage,
    Country,
    ListingPage,
    SiteSettings,
    TargetGroup,
    Theme,
    source_locale_only,
)
from home.page_types import PageFeed, SearchFacet
from home.serializers import PageLinkSerializer, RichTextSerializer, TermSerializer

from .contact import (
    ADDED,
    HONEYPOT,
    LANGUAGE_COUNTRY,
    ContactFormBuilder,
    RateLimit,
)
from .region_map import region_map

logger = logging.getLogger(__name__)


def collation_key(name):
    """Names in alphabetical order whatever their accents (Ā with A)."""
    return unicodedata.normalize("NFKD", name).casefold()


TEXT_FEATURES = ["bold", "italic", "link", "ul", "ol"]


def country_field(**kwargs):
    """A foreign key to a country in the source language."""
    return models.ForeignKey(
        Country,
        verbose_name=_("country"),
        on_delete=models.PROTECT,
        related_name="+",
        limit_choices_to=source_locale_only,
        **kwargs,
    )


def term_field(model, verbose_name):
    """A many-to-many choice of taxonomy terms, shown as checkboxes."""
    return ParentalManyToManyField(
        model,
        verbose_name=verbose_name,
        blank=True,
        related_name="+",
        limit_choices_to=source_locale_only,
    )


class RegionMapMixin:
    """Puts the Baltic Sea Region map of this language's partners and networks in context."""

    def get_shared_context(self, request):
        context = super().get_shared_context(request)
        # Every partner and network once, in this language where translated.
        partners = mark_fallbacks(
            one_per_item(PartnerPage.objects.live().public(), self.locale_id)
            .select_related("country", "locale")
            .order_by("country__name", "title"),
            self.locale_id,
        )
        networks = mark_fallbacks(
            one_per_item(NetworkPage.objects.live().public(), self.locale_id)
            .select_related("coordinating_partner", "country", "locale")
            .order_by("title"),
            self.locale_id,
        )
        context["region_map"] = region_map(partners, networks, request)
        return context


class PartnerIndexPage(RegionMapMixin, ListingPage):
    """Lists the project partners, grouped by country."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["partners.PartnerPage"]
    page_description = _("The list of project partners.")
    template = "pages/partners/partner_index_page.html"

    class Meta:
        verbose_name = _("partner index page")

    def get_listing(self):
        return (
            self.listed(PartnerPage)
            .select_related("country", "logo")
            .prefetch_related("logo__renditions")
            .order_by("role_order", "country__name", "title")
        )


class PartnerPage(BasePage):
    """A partner organisation: who it is, why it takes part, whom it works with."""

    key_figure_counts = (
        ("partners", _("Partners"), None),
        ("countries", _("Countries of the partners"), "country_id"),
    )

    image_renditions = {**BasePage.image_renditions, "logo": ("logo",)}

    ROLE_CHOICES = [
        ("lead", _("Lead partner")),
        ("partner", _("Partner")),
        ("associated", _("Associated organisation")),
    ]
    ROLE_ORDER = {"lead": 0, "partner": 1, "associated": 2}
    # Headings over the groups of the partner list.
    ROLE_GROUPS = {
        "lead": _("Lead partner"),
        "partner": _("Partners"),
        "associated": _("Associated organisations"),
    }

    parent_page_types = ["partners.PartnerIndexPage"]
    subpage_types = []
    page_description = _("A partner organisation of the project.")
    card_label = pgettext_lazy("page type", "Partner")
    json_ld_entity = "organisation"
    search_facet = SearchFacet(
        "partner", pgettext_lazy("search result type", "Partner"), order=40
    )
    api_select_related = ("country",)
    api_prefetch_related = ("target_groups",)
    template = "pages/partners/partner_page.html"

    short_name = models.CharField(_("short name"), max_length=40, blank=True)
    country = country_field()
    role = models.CharField(
        _("role"), max_length=20, choices=ROLE_CHOICES, default="partner"
    )
    role_order = models.PositiveSmallIntegerField(default=1, editable=False)
    logo = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    website = models.URLField(_("website"), blank=True, validators=[validate_safe_url])
    city = models.CharField(_("city"), max_length=80, blank=True)
    address = models.TextField(_("address"), blank=True, max_length=300)
    contact_name = models.CharField(
        _("contact person"),
        max_length=120,
        blank=True,
        help_text=_("A name or a role, e.g. “SEMPRE project coordinator”."),
    )
    contact_email = models.EmailField(_("contact email"), blank=True)
    contact_phone = models.CharField(
        _("contact phone"),
        max_length=40,
        blank=True,
        help_text=_("In international form, e.g. +49 4331 123456."),
    )
    is_country_contact = models.BooleanField(
        _("contact for its country"),
        default=False,
        help_text=_(
            "Listed on the contact page for its country, and receives the contact "
            "form's messages from it. One partner per country."
        ),
    )
    latitude = models.DecimalField(
        _("latitude"), max_digits=8, decimal_places=5, null=True, blank=True
    )
    longitude = models.DecimalField(
        _("longitude"), max_digits=8, decimal_places=5, null=True, blank=True
    )
    who_we_are = RichTextField(_("who we are"), features=TEXT_FEATURES, blank=True)
    why_we_take_part = RichTextField(
        _("why we take part"), features=TEXT_FEATURES, blank=True
    )
    target_groups = term_field(TargetGroup, _("target groups"))

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("short_name"),
                FieldRowPanel([FieldPanel("country"), FieldPanel("role")]),
                FieldPanel("logo"),
                FieldPanel("website"),
            ],
            heading=_("Organisation"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("city"),
                FieldPanel("address"),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
                FieldPanel("contact_name"),
                FieldRowPanel(
                    [FieldPanel("contact_email"), FieldPanel("contact_phone")]
                ),
                FieldPanel("is_country_contact"),
            ],
            heading=_("Address and contact"),
        ),
        FieldPanel("who_we_are"),
        FieldPanel("why_we_take_part"),
        FieldPanel("target_groups", widget=forms.CheckboxSelectMultiple),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("short_name", boost=3),
        index.SearchField("city"),
        index.SearchField("who_we_are"),
        index.SearchField("why_we_take_part"),
        index.FilterField("country_id"),
        index.FilterField("role"),
    ]
    api_fields = [
        *BasePage.api_fields,
        APIField("short_name"),
        APIField("country", serializer=TermSerializer()),
        APIField("role"),
        APIField("website"),
        APIField("city"),
        APIField("address"),
        APIField("latitude"),
        APIField("longitude"),
        APIField("who_we_are", serializer=RichTextSerializer()),
        APIField("why_we_take_part", serializer=RichTextSerializer()),
        APIField("target_groups", serializer=TermSerializer(many=True)),
    ]
    override_translatable_fields = [
        *BasePage.override_translatable_fields,
        SynchronizedField("country", overridable=False),
        SynchronizedField("role", overridable=False),
        SynchronizedField("logo"),
        SynchronizedField("website"),
        SynchronizedField("contact_email"),
        SynchronizedField("contact_phone"),
        SynchronizedField("is_country_contact", overridable=False),
        SynchronizedField("latitude", overridable=False),
        SynchronizedField("longitude", overridable=False),
        SynchronizedField("target_groups"),
        TranslatableField("address"),
    ]

    class Meta:
        verbose_name = _("partner page")

    @property
    def role_group(self):
        """The heading of this partner's group in the partner list."""
        return self.ROLE_GROUPS.get(self.role, self.get_role_display())

    def clean(self):
        super().clean()
        if self.is_country_contact and self.country_id:
            others = (
                PartnerPage.objects.filter(
                    is_country_contact=True, country_id=self.country_id
                )
                .exclude(translation_key=self.translation_key)
                .first()
            )
            if others is not None:
                raise ValidationError(
                    {
                        "is_country_contact": _(
                            "%(partner)s is already the contact for this country."
                        )
                        % {"partner": others.title}
                    }
                )

    def save(self, *args, **kwargs):
        self.role_order = self.ROLE_ORDER.get(self.role, 1)
        super().save(*args, **kwargs)

    def get_shared_context(self, request):
        context = super().get_shared_context(request)
        context["networks"] = self.coordinated_networks_shown()
        return context

    def coordinated_networks_shown(self):
        """The networks this partner coordinates, each once, in this page's language
        where translated (a network may point at any language version of it)."""
        if not self.translation_key:
            return []
        networks = (
            NetworkPage.objects.live()
            .public()
            .filter(coordinating_partner__translation_key=self.translation_key)
        )
        return mark_fallbacks(
            one_per_item(networks, self.locale_id)
            .select_related("country", "locale")
            .order_by("title"),
            self.locale_id,
        )


class NetworkIndexPage(RegionMapMixin, ListingPage):
    """Lists the Local Empowerment Networks."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["partners.NetworkPage"]
    page_description = _("The list of Local Empowerment Networks.")
    template = "pages/partners/network_index_page.html"
    localized_relations = ("coordinating_partner",)

    class Meta:
        verbose_name = _("network index page")

    def get_listing(self):
        return (
            self.listed(NetworkPage)
            .select_related("country", "image", "coordinating_partner")
            .prefetch_related("image__renditions")
            .order_by("country__name", "title")
        )


class NetworkPage(BasePage):
    """A Local Empowerment Network: public and private members around a coordinator."""

    key_figure_counts = (("networks", _("Local Empowerment Networks"), None),)

    parent_page_types = ["partners.NetworkIndexPage"]
    subpage_types = []
    page_description = _("A Local Empowerment Network in one region.")
    card_label = pgettext_lazy("page type", "Local Empowerment Network")
    search_facet = SearchFacet(
        "network", pgettext_lazy("search result type", "Network"), order=50
    )
    api_select_related = ("country", "coordinating_partner")
    api_prefetch_related = ("members",)
    template = "pages/partners/network_page.html"

    country = country_field()
    region = models.CharField(_("region"), max_length=120)
    coordinating_partner = models.ForeignKey(
        PartnerPage,
        verbose_name=_("coordinating partner"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="coordinated_networks",
    )
    description = RichTextField(_("description"), features=TEXT_FEATURES, blank=True)
    target_groups = term_field(TargetGroup, _("target groups"))
    body = StreamField(ArticleStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = [
        *BasePage.content_panels,
        FieldRowPanel([FieldPanel("country"), FieldPanel("region")]),
        FieldPanel("coordinating_partner"),
        FieldPanel("description"),
        InlinePanel("members", label=_("Member organisations"), min_num=1),
        FieldPanel("target_groups", widget=forms.CheckboxSelectMultiple),
        FieldPanel("body"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("region", boost=2),
        index.SearchField("description"),
        index.SearchField("body"),
        index.FilterField("country_id"),
    ]
    api_fields = [
        *BasePage.api_fields,
        APIField("country", serializer=TermSerializer()),
        APIField("region"),
        APIField("coordinating_partner", serializer=PageLinkSerializer()),
        APIField("description", serializer=RichTextSerializer()),
        APIField("members"),
        APIField("target_groups", serializer=TermSerializer(many=True)),
        APIField("body"),
    ]
    override_translatable_fields = [
        *BasePage.override_translatable_fields,
        SynchronizedField("country", overridable=False),
        SynchronizedField("target_groups"),
    ]

    class Meta:
        verbose_name = _("network page")

    def get_shared_context(self, request):
        context = super().get_shared_context(request)
        # A story may point at any language version of this network: each story once,
        # in this page's language where translated.
        stories = CaseStoryPage.objects.live().public()
        stories = stories.filter(network__translation_key=self.translation_key)
        context["case_stories"] = mark_fallbacks(
            one_per_item(stories, self.locale_id)
            .select_related("image", "locale")
            .prefetch_related("image__renditions")
            .order_by("-start_date", "title"),
            self.locale_id,
        )
        context["coordinator"] = self.coordinator_shown()
        return context

    def coordinator_shown(self):
        """The coordinating partner in this page's language where translated."""
        if self.coordinating_partner is None:
            return None
        found = localized([self.coordinating_partner], self.locale_id)
        return found[0] if found else None


class NetworkMember(TranslatableMixin, Orderable):
    """An organisation that belongs to a network.

    Translatable with its page: a member's name is often a description ("Public
    library") that reads differently in each language; its kind and website are kept
    in step with the source page.
    """

    KIND_CHOICES = [
        ("municipality", _("Municipality")),
        ("church", _("Church or parish")),
        ("library", _("Library")),
        ("ngo", _("NGO or association")),
        ("school", _("School or college")),
        ("day_care", _("Day-care centre")),
        ("social_enterprise", _("Social enterprise")),
        ("company", _("Company")),
        ("other", _("Other")),
    ]

    network = ParentalKey(NetworkPage, related_name="members", on_delete=models.CASCADE)
    name = models.CharField(_("name"), max_length=150)
    kind = models.CharField(_("kind"), max_length=20, choices=KIND_CHOICES)
    website = models.URLField(_("website"), blank=True, validators=[validate_safe_url])

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("kind")]),
        FieldPanel("website"),
    ]
    api_fields = [APIField("name"), APIField("kind"), APIField("website")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("member organisation")


class CaseStoryFilterForm(ListingFilterForm):
    """Filter case stories by country, target group and theme."""

    country = TermChoiceField(
        Country,
        to_field_name="slug",
        label=_("Country"),
        empty_label=_("All countries"),
    )
    target_group = TermChoiceField(
        TargetGroup, label=_("Target group"), empty_label=_("All target groups")
    )
    theme = TermChoiceField(Theme, label=_("Theme"), empty_label=_("All themes"))
    lookups = {"country": "country", "target_group": "target_groups", "theme": "themes"}


class CaseStoryIndexPage(ListingPage):
    """Lists micro-project case stories, filtered by country, target group and theme."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["partners.CaseStoryPage"]
    page_description = _("The list of micro-project case stories.")
    announced_feeds = ("case_stories",)
    template = "pages/partners/case_story_index_page.html"
    localized_relations = ("network",)
    filter_form_class = CaseStoryFilterForm

    class Meta:
        verbose_name = _("case story index page")

    def get_listing(self):
        return (
            self.listed(CaseStoryPage)
            .select_related("image", "country", "network")
            .prefetch_related("image__renditions")
            .order_by("-start_date", "title")
        )


class CaseStoryPage(BasePage):
    """A micro project co-created by service users and providers, told as a story."""

    key_figure_counts = (("case_stories", _("Case stories"), None),)

    image_renditions = {**BasePage.image_renditions, "gallery_images": ("gallery",)}

    STATUS_CHOICES = [
        ("idea", _("Idea")),
        ("running", _("Running")),
        ("continued", _("Continued after the project")),
        ("social_enterprise", _("Social enterprise founded")),
    ]

    parent_page_types = ["partners.CaseStoryIndexPage"]
    subpage_types = []
    page_description = _("A micro-project case story.")
    card_label = pgettext_lazy("page type", "Case story")
    json_ld_entity = "article"
    schema_type = "Article"
    feed = PageFeed(
        name="case_stories",
        slug="case-stories",
        title=_("%(project)s case stories"),
        index="partners.CaseStoryIndexPage",
        ordering=("-first_published_at", "-start_date", "-pk"),
    )
    search_facet = SearchFacet(
        "case-story",
        pgettext_lazy("search result type", "Case story"),
        "start_date",
        order=20,
    )
    api_select_related = ("country", "network")
    api_prefetch_related = ("target_groups", "themes")
    template = "pages/partners/case_story_page.html"

    network = models.ForeignKey(
        NetworkPage,
        verbose_name=_("network"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="case_stories",
    )
    country = country_field()
    target_groups = term_field(TargetGroup, _("target groups"))
    themes = term_field(Theme, _("themes"))
    status = models.CharField(
        _("status"), max_length=20, choices=STATUS_CHOICES, default="running"
    )
    start_date = models.DateField(
        _("start"), help_text=_("When the micro project began.")
    )
    end_date = models.DateField(
        _("end"), null=True, blank=True, help_text=_("Leave empty while it runs.")
    )
    challenge = RichTextField(_("the challenge"), features=TEXT_FEATURES)
    co_creation = RichTextField(
        _("what users and providers co-created"), features=TEXT_FEATURES
    )
    results = RichTextField(_("results"), features=TEXT_FEATURES, blank=True)
    quote = models.TextField(_("participant's quote"), max_length=500, blank=True)
    quote_attribution = models.CharField(
        _("quote attribution"),
        max_length=150,
        blank=True,
        help_text=_(
            "A role and place rather than a full name, e.g. “Participant, Luleå”."
        ),
    )
    body = StreamField(ArticleStreamBlock(), blank=True, verbose_name=_("more"))

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("network"), FieldPanel("country")]),
                FieldRowPanel([FieldPanel("status")]),
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
            ],
            heading=_("Micro project"),
        ),
        FieldRowPanel(
            [
                FieldPanel("target_groups", widget=forms.CheckboxSelectMultiple),
                FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
            ]
        ),
        FieldPanel("challenge"),
        FieldPanel("co_creation"),
        FieldPanel("results"),
        MultiFieldPanel(
            [FieldPanel("quote"), FieldPanel("quote_attribution")],
            heading=_("Participant's quote"),
        ),
        InlinePanel("gallery_images", label=_("Gallery"), max_num=12),
        FieldPanel("body"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("challenge"),
        index.SearchField("co_creation"),
        index.SearchField("results"),
        index.SearchField("quote"),
        index.SearchField("body"),
        index.FilterField("country_id"),
        index.FilterField("themes"),
        index.FilterField("status"),
        index.FilterField("start_date"),
    ]
    api_fields = [
        *BasePage.api_fields,
        APIField("network", serializer=PageLinkSerializer()),
        APIField("country", serializer=TermSerializer()),
        APIField("target_groups", serializer=TermSerializer(many=True)),
        APIField("themes", serializer=TermSerializer(many=True)),
        APIField("status"),
        APIField("start_date"),
        APIField("end_date"),
        APIField("challenge", serializer=RichTextSerializer()),
        APIField("co_creation", serializer=RichTextSerializer()),
        APIField("results", serializer=RichTextSerializer()),
        APIField("quote"),
        APIField("quote_attribution"),
        APIField("body"),
    ]
    override_translatable_fields = [
        *BasePage.override_translatable_fields,
        SynchronizedField("country", overridable=False),
        SynchronizedField("target_groups"),
        SynchronizedField("themes"),
        SynchronizedField("status", overridable=False),
        SynchronizedField("start_date", overridable=False),
        SynchronizedField("end_date", overridable=False),
    ]

    class Meta:
        verbose_name = _("case story page")

    def clean(self):
        super().clean()
        if self.end_date and self.start_date and self.end_date < self.start_date:
            raise ValidationError(
                {"end_date": _("The end cannot be before the start.")}
            )

    def get_shared_context(self, request):
        context = super().get_shared_context(request)
        context["gallery"] = list(
            self.gallery_images.select_related("image").prefetch_related(
                "image__renditions"
            )
        )
        context["network"] = self.network_shown()
        return context

    def network_shown(self):
        """The story's network in this page's language where translated."""
        if self.network is None:
            return None
        found = localized([self.network], self.locale_id)
        return found[0] if found else None


class CaseStoryGalleryImage(TranslatableMixin, Orderable):
    """A picture from the micro project, with a caption translated with its page."""

    page = ParentalKey(
        CaseStoryPage, related_name="gallery_images", on_delete=models.CASCADE
    )
    image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("image"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    caption = models.CharField(_("caption"), max_length=250, blank=True)

    panels = [FieldPanel("image"), FieldPanel("caption")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("gallery image")


# Contact ---------------------------------------------------------------------------


class ContactFormField(TranslatableMixin, AbstractFormField):
    """A field of the contact form: its label, help text and choices are translated;
    its name (the key of the answers) stays the source's, so the submissions of every
    language have the same columns."""

    page = ParentalKey(
        "partners.ContactPage", on_delete=models.CASCADE, related_name="form_fields"
    )
    override_translatable_fields = [
        SynchronizedField("clean_name", overridable=False),
        SynchronizedField("required", overridable=False),
    ]

    class Meta(TranslatableMixin.Meta, AbstractFormField.Meta):
        abstract = False
        verbose_name = _("form field")

    def clean(self):
        super().clean()
        # The names the contact form adds itself (partners/contact.py) are taken.
        if (self.clean_name or self.get_field_clean_name()) in ADDED:
            raise ValidationError(
                {
                    "label": _(
                        "The form asks for this itself: please choose another label."
                    )
                }
            )


class ContactPage(EmailFormMixin, FormMixin, BasePage):
    """The lead partner's address, e-mail and phone, each country's contact partner,
    and a form whose messages are stored and e-mailed to the partner of the visitor's
    country (partners/contact.py adds the country, consent, a honeypot and a rate
    limit to the fields editors build)."""

    allowed_http_methods = [*BasePage.allowed_http_methods, HTTPMethod.POST]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    page_description = _(
        "The contact page: the lead partner, each country's contact partner and a "
        "contact form."
    )
    template = "pages/partners/contact_page.html"
    landing_page_template = "pages/partners/contact_page_landing.html"
    form_builder = ContactFormBuilder

    body = StreamField(
        ArticleStreamBlock(),
        blank=True,
        verbose_name=_("body"),
        help_text=_("Shown above the contacts and the form."),
    )
    thank_you_text = RichTextField(
        _("thank-you text"),
        blank=True,
        features=TEXT_FEATURES,
        help_text=_("Shown after a message has been sent."),
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("body"),
        InlinePanel("form_fields", label=_("Form fields")),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [
                FieldPanel("to_address"),
                FieldPanel("from_address"),
                FieldPanel("subject"),
            ],
            heading=_("E-mail"),
            help_text=_(
                "A message goes to the contact e-mail of the partner in the visitor's "
                "country, else to the lead partner's. The addresses here receive a "
                "copy of every message."
            ),
        ),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("body")]
    api_fields = [*BasePage.api_fields, APIField("body")]
    override_translatable_fields = [
        *BasePage.override_translatable_fields,
        SynchronizedField("to_address"),
        SynchronizedField("from_address"),
    ]

    class Meta:
        verbose_name = _("contact page")

    # Who answers -------------------------------------------------------------------

    def contacts(self, request=None):
        """(lead partner, [(country name, partner)]) in this page's language, the
        countries in alphabetical order (kept until the content changes)."""

        def compute():
            partners = PartnerPage.objects.live().public()
            lead = (
                one_per_item(partners.filter(role="lead"), self.locale_id)
                .select_related("country", "locale")
                .order_by("path")
                .first()
            )
            by_country = mark_fallbacks(
                one_per_item(partners.filter(is_country_contact=True), self.locale_id)
                .select_related("country", "locale")
                .order_by("path"),
                self.locale_id,
            )
            language = self.locale.language_code
            named = sorted(
                (
                    (partner.country.name_in(language), partner)
                    for partner in by_country
                ),
                key=lambda pair: collation_key(pair[0]),
            )
            if lead is not None:
                mark_fallbacks([lead], self.locale_id)
            return lead, named

        return fragments.remember(
            "contacts", (self.pk, self.locale_id), compute, request
        )

    def get_form_parameters(self):
        _lead, named = self.contacts()
        return {
            "countries": [(partner.country.code, name) for name, partner in named],
            "initial_country": LANGUAGE_COUNTRY.get(self.locale.language_code, ""),
        }

    def get_data_fields(self):
        return [
            *super().get_data_fields(),
            ("country", _("Country")),
            ("consent", _("Consent to the privacy notice")),
        ]

    def recipients(self, country_code):
        """The e-mail addresses a message from this country goes to."""
        lead, named = self.contacts()
        partner = next(
            (p for _name, p in named if p.country.code == country_code), None
        )
        for candidate in (partner, lead):
            if candidate is not None and candidate.contact_email:
                return [candidate.contact_email]
        return []

    # A message ---------------------------------------------------------------------

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["lead_partner"], context["country_contacts"] = self.contacts(request)
        privacy = SiteSettings.for_request(request).privacy_page
        # The privacy notice in the visitor's language where it is translated.
        context["privacy_page"] = privacy and privacy.specific_deferred.localized
        return context

    def serve(self, request, *args, **kwargs):
        if exporting() or SiteSettings.for_request(request).is_archive():
            # The project has ended: the contacts stay, the form is closed.
            context = self.get_context(request)
            context["form_closed"] = True
            return TemplateResponse(
                request,
                self.get_template(request),
                context,
                status=410 if request.method == "POST" else 200,
            )
        if request.method != "POST":
            return super().serve(request, *args, **kwargs)
        form = self.get_form(request.POST, request.FILES, page=self, user=request.user)
        status = 200
        if form.is_valid():
            if form.is_spam:
                # Answered as if sent; nothing is stored or sent.
                return self.render_landing_page(request, None, *args, **kwargs)
            limit = RateLimit(request)
            if limit.exceeded():
                form.add_error(
                    None,
                    _(
                        "You have sent several messages in a short time. Please try "
                        "again in an hour, or write to us by e-mail."
                    ),
                )
                status = 429
            else:
                limit.count()
                submission = self.process_form_submission(form)
                return self.render_landing_page(request, submission, *args, **kwargs)
        context = self.get_context(request)
        context["form"] = form
        return TemplateResponse(
            request, self.get_template(request), context, status=status
        )

    def process_form_submission(self, form):
        submission = self.get_submission_class().objects.create(
            form_data=form.stored_data(), page=self
        )
        self.send_mail(form)
        return submission

    def send_mail(self, form):
        to = self.recipients(form.cleaned_data.get("country"))
        copies = [
            address.strip()
            for address in self.to_address.split(",")
            if address.strip() and address.strip() not in to
        ]
        if not to and not copies:
            return
        reply_to = [
            form.cleaned_data[field.clean_name]
            for field in self.get_form_fields()
            if field.field_type == "email" and form.cleaned_data.get(field.clean_name)
        ][:1]
        message = EmailMessage(
            subject=self.subject or self.title,
            body=self.render_email(form),
            from_email=self.from_address or settings.DEFAULT_FROM_EMAIL,
            to=to or copies,
            bcc=copies if to else [],
            reply_to=reply_to,
        )
        try:
            message.send()
        except (OSError, smtplib.SMTPException):
            # Stored all the same: the team reads it under Forms in the admin.
            logger.exception("The contact message %s could not be e-mailed", self.pk)

    def render_email(self, form):
        lines = []
        for field in form:
            if field.name == HONEYPOT or field.name not in form.cleaned_data:
                continue
            value = form.cleaned_data[field.name]
            if field.name == "country":
                value = dict(field.field.choices).get(value, value)
            elif isinstance(value, bool):
                value = gettext("yes") if value else gettext("no")
            elif isinstance(value, list):
                value = ", ".join(value)
            lines.append(f"{field.label}: {value}")
        lines += ["", self.full_url or ""]
        return "\n".join(lines)
