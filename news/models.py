"""News items, their categories and the news index; events and the events index."""

import bisect
import datetime
import itertools
from zoneinfo import ZoneInfo

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import formats, timezone
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home import fragments
from home.blocks import ArticleStreamBlock
from home.forms import ListingFilterForm, TermChoiceField
from home.localization import localized, mark_fallbacks
from home.models import (
    BasePage,
    ListingPage,
    TaxonomyTerm,
    live_related,
    source_locale_only,
)
from home.page_types import PageFeed, SearchFacet
from home.serializers import PageLinkSerializer, TermSerializer

from .calendar import calendar_of, calendar_response


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

    key_figure_counts = (("news", _("News items"), None),)

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


# Events ----------------------------------------------------------------------------

# The time zones an event may be in: the partners' countries first, then Brussels and
# London for European and online events, and UTC.
EVENT_TIME_ZONES = [
    (zone, format_lazy("{} ({})", zone, country))
    for zone, country in (
        ("Europe/Berlin", _("Germany")),
        ("Europe/Copenhagen", _("Denmark")),
        ("Europe/Stockholm", _("Sweden")),
        ("Europe/Helsinki", _("Finland")),
        ("Europe/Tallinn", _("Estonia")),
        ("Europe/Riga", _("Latvia")),
        ("Europe/Vilnius", _("Lithuania")),
        ("Europe/Warsaw", _("Poland")),
        ("Europe/Brussels", _("Belgium")),
        ("Europe/London", _("United Kingdom")),
    )
] + [("UTC", "UTC")]


class EventTimesMixin:
    """When an event happens, as moments in time: from its dates, its local times and
    its time zone (an event without times lasts whole days)."""

    @property
    def zone(self):
        return ZoneInfo(self.time_zone or "UTC")

    @property
    def all_day(self):
        return self.start_time is None

    @property
    def last_date(self):
        return self.end_date or self.start_date

    @property
    def starts_at(self):
        return datetime.datetime.combine(
            self.start_date, self.start_time or datetime.time(0), tzinfo=self.zone
        )

    @property
    def ends_at(self):
        if self.all_day or self.end_time is None:
            if not self.all_day and self.end_date in (None, self.start_date):
                # A start time and no end: the event is over at the end of its day.
                return datetime.datetime.combine(
                    self.start_date + datetime.timedelta(days=1),
                    datetime.time(0),
                    tzinfo=self.zone,
                )
            return datetime.datetime.combine(
                self.last_date + datetime.timedelta(days=1),
                datetime.time(0),
                tzinfo=self.zone,
            )
        return datetime.datetime.combine(
            self.last_date, self.end_time, tzinfo=self.zone
        )

    def phase(self, now=None):
        """0 before the event, 1 while it runs, 2 once it has ended."""
        now = now or timezone.now()
        return 0 if now < self.starts_at else 1 if now < self.ends_at else 2

    @property
    def start_iso(self):
        """The start for machines (<time datetime>, JSON-LD): a date for a whole-day
        event, else the moment with its offset."""
        if self.all_day:
            return self.start_date.isoformat()
        return self.starts_at.isoformat()

    @property
    def end_iso(self):
        if self.all_day:
            return self.last_date.isoformat()
        return self.ends_at.isoformat()

    def when(self):
        """The dates and times in the active language: "14 September 2017, 10:00 –
        16:00", "5 April 2017 – 7 April 2017"."""
        first = formats.date_format(self.start_date, "DATE_FORMAT")
        last = formats.date_format(self.last_date, "DATE_FORMAT")
        if self.all_day:
            return first if self.last_date == self.start_date else f"{first} – {last}"
        start = formats.time_format(self.start_time, "TIME_FORMAT")
        if self.end_time is None:
            return f"{first}, {start}"
        end = formats.time_format(self.end_time, "TIME_FORMAT")
        if self.last_date == self.start_date:
            return f"{first}, {start} – {end}"
        return f"{first}, {start} – {last}, {end}"

    def zone_label(self):
        """The time zone the times are in: "EEST, UTC+03:00" (None all day)."""
        if self.all_day:
            return None
        moment = self.starts_at
        offset = moment.strftime("%z")
        return f"{moment.tzname()}, UTC{offset[:3]}:{offset[3:]}"

    @property
    def is_past(self):
        return self.phase() == 2

    @property
    def is_running(self):
        return self.phase() == 1


class CalendarFileMixin:
    """A page with an iCalendar file at ics/ (its route named "calendar")."""

    def get_cached_paths(self):
        """The page and its calendar file: a publish purges both from the front-end
        cache (discovery/frontend_cache.py, through Wagtail's PurgeBatch.add_page)."""
        return ["/", "/" + self.reverse_subpage("calendar")]


class EventIndexPage(CalendarFileMixin, RoutablePageMixin, ListingPage):
    """Lists events: those to come (and running) first, then past ones by year; offers
    every event as an iCalendar feed."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.EventPage"]
    page_description = _("The list of events, with a calendar feed.")
    calendar_title = _("%(project)s events")
    paginated = False  # every event on one page
    template = "pages/news/event_index_page.html"

    class Meta:
        verbose_name = _("events index page")

    def get_listing(self):
        return (
            self.listed(EventPage)
            .select_related("image")
            .prefetch_related("image__renditions")
            .order_by("start_date", "start_time", "pk")
        )

    def moments(self, request=None):
        """Every start and end of the listed events, sorted: between two of them the
        list does not change (kept until the content changes)."""
        return fragments.remember(
            "event-moments",
            (self.pk, self.locale_id),
            lambda: sorted(
                moment
                for event in self.get_listing()
                for moment in (event.starts_at, event.ends_at)
            ),
            request,
        )

    def shared_context_parts(self, request):
        # Which events are to come, running or past: how many moments have passed.
        return (bisect.bisect_right(self.moments(request), timezone.now()),)

    def changes_at(self, request):
        moments = self.moments(request)
        passed = bisect.bisect_right(moments, timezone.now())
        return moments[passed] if passed < len(moments) else None

    def get_shared_context(self, request):
        context = BasePage.get_shared_context(self, request)
        now = timezone.now()
        events = mark_fallbacks(self.get_listing(), self.locale_id)
        upcoming = [event for event in events if event.phase(now) < 2]
        past = sorted(
            (event for event in events if event.phase(now) == 2),
            key=lambda event: event.starts_at,
            reverse=True,
        )
        context["upcoming"] = upcoming
        context["past_by_year"] = [
            (year, list(group))
            for year, group in itertools.groupby(
                past, key=lambda event: event.start_date.year
            )
        ]
        context["event_count"] = len(events)
        return context

    @path("ics/", name="calendar")
    def calendar(self, request):
        """Every listed event of this language, as one iCalendar file."""
        events = mark_fallbacks(self.get_listing(), self.locale_id)
        return calendar_response(
            request,
            calendar_of(request, self, events),
            f"{self.slug}.ics",
        )


class EventPage(EventTimesMixin, CalendarFileMixin, RoutablePageMixin, BasePage):
    """A meeting, conference, study trip or workshop: when and where, how to join."""

    parent_page_types = ["news.EventIndexPage"]
    subpage_types = []
    page_description = _(
        "An event with its dates and time zone, place, online and registration links."
    )
    card_label = pgettext_lazy("page type", "Event")
    json_ld_entity = "event"
    schema_type = "Event"
    search_facet = SearchFacet(
        "event", pgettext_lazy("search result type", "Events"), "start_date", order=15
    )
    api_prefetch_related = ("related_partners",)
    template = "pages/news/event_page.html"

    KIND_CHOICES = [
        ("meeting", _("Partner meeting")),
        ("conference", _("Conference")),
        ("study_trip", _("Study trip")),
        ("workshop", _("Workshop")),
        ("other", _("Other event")),
    ]
    kind = models.CharField(
        _("kind of event"), max_length=20, choices=KIND_CHOICES, default="meeting"
    )
    start_date = models.DateField(_("start date"))
    start_time = models.TimeField(
        _("start time"),
        null=True,
        blank=True,
        help_text=_("Local time at the place. Leave empty for an all-day event."),
    )
    end_date = models.DateField(
        _("end date"),
        null=True,
        blank=True,
        help_text=_("Leave empty for an event on one day."),
    )
    end_time = models.TimeField(_("end time"), null=True, blank=True)
    time_zone = models.CharField(
        _("time zone"),
        max_length=40,
        choices=EVENT_TIME_ZONES,
        default="Europe/Berlin",
        help_text=_(
            "The time zone of the place, or of the organiser for an online event."
        ),
    )
    place = models.CharField(
        _("place"),
        max_length=255,
        blank=True,
        help_text=_("Venue and town, e.g. “Town hall, Valmiera, Latvia”."),
    )
    online_url = models.URLField(
        _("online link"),
        blank=True,
        help_text=_("Where to join online, for an online or hybrid event."),
    )
    registration_url = models.URLField(
        _("registration link"),
        blank=True,
        help_text=_("Shown until the event has ended."),
    )
    body = StreamField(ArticleStreamBlock(), blank=True, verbose_name=_("body"))
    related_partners = ParentalManyToManyField(
        "partners.PartnerPage",
        verbose_name=_("related partners"),
        blank=True,
        related_name="events",
    )

    content_panels = [
        *BasePage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("kind"),
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("start_time")]),
                FieldRowPanel([FieldPanel("end_date"), FieldPanel("end_time")]),
                FieldPanel("time_zone"),
            ],
            heading=_("When"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("place"),
                FieldPanel("online_url"),
                FieldPanel("registration_url"),
            ],
            heading=_("Where and how to take part"),
        ),
        FieldPanel("body"),
        FieldPanel("related_partners", widget=forms.CheckboxSelectMultiple),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("place"),
        index.SearchField("body"),
        index.FilterField("start_date"),
    ]
    api_fields = [
        *BasePage.api_fields,
        APIField("kind"),
        APIField("start_date"),
        APIField("start_time"),
        APIField("end_date"),
        APIField("end_time"),
        APIField("time_zone"),
        APIField("place"),
        APIField("online_url"),
        APIField("registration_url"),
        APIField("body"),
        APIField("related_partners", serializer=PageLinkSerializer(many=True)),
    ]
    override_translatable_fields = [
        *BasePage.override_translatable_fields,
        SynchronizedField("kind", overridable=False),
        SynchronizedField("start_date", overridable=False),
        SynchronizedField("start_time", overridable=False),
        SynchronizedField("end_date", overridable=False),
        SynchronizedField("end_time", overridable=False),
        SynchronizedField("time_zone", overridable=False),
        # A link may lead to a page in the visitor's language.
        SynchronizedField("online_url"),
        SynchronizedField("registration_url"),
        SynchronizedField("related_partners"),
    ]

    class Meta:
        verbose_name = _("event page")

    def clean(self):
        super().clean()
        errors = {}
        if self.end_date and self.start_date and self.end_date < self.start_date:
            errors["end_date"] = _("The event cannot end before it starts.")
        if self.end_time and not self.start_time:
            errors["start_time"] = _("Give a start time, or no times at all.")
        if (
            self.start_time
            and self.end_time
            and self.last_date == self.start_date
            and self.end_time <= self.start_time
        ):
            errors["end_time"] = _("The event cannot end before it starts.")
        if errors:
            raise ValidationError(errors)

    def shared_context_parts(self, request):
        # The registration link goes, the "past event" note comes, as time passes.
        return (self.phase(),)

    def changes_at(self, request):
        now = timezone.now()
        return next(
            (moment for moment in (self.starts_at, self.ends_at) if moment > now),
            None,
        )

    def get_shared_context(self, request):
        context = super().get_shared_context(request)
        context["related_partners"] = localized(
            live_related(self.related_partners), self.locale_id
        )
        return context

    @path("ics/", name="calendar")
    def calendar(self, request):
        """This event as an iCalendar file, for a calendar app."""
        return calendar_response(
            request, calendar_of(request, self, [self]), f"{self.slug}.ics"
        )
