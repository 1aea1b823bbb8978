"""Events: an events index (to come first, then past ones by year) and event pages with
their dates, local time and time zone, place and links, in every language; each event
as an .ics file and the index as an iCalendar feed that calendar apps read."""

import datetime
from zoneinfo import ZoneInfo

import icalendar
import lxml.html
import pytest
from django.conf import settings
from django.utils import timezone, translation
from django.utils.cache import get_max_age

from news.models import EventPage
from news.tests.factories import EventPageFactory
from partners.tests.factories import PartnerPageFactory
from tests.conftest import shared_context

pytestmark = pytest.mark.django_db

LANGUAGES = [code for code, _name in settings.LANGUAGES]


def future(days, hour=None):
    """A date `days` from today, or a (date, time) pair with an hour."""
    day = timezone.localdate() + datetime.timedelta(days=days)
    return day if hour is None else (day, datetime.time(hour))


def document_of(response):
    assert response.status_code == 200, response.status_code
    return lxml.html.fromstring(response.content)


def calendar_of(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return icalendar.Calendar.from_ical(response.content)


def test_the_index_lists_events_to_come_first_then_past_ones_by_year(client, tree):
    soon = EventPageFactory(parent=tree.events, title="Soon", start_date=future(10))
    later = EventPageFactory(parent=tree.events, title="Later", start_date=future(40))
    running = EventPageFactory(
        parent=tree.events,
        title="Running",
        start_date=future(-1),
        end_date=future(1),
    )
    old = EventPageFactory(
        parent=tree.events, title="Old", start_date=datetime.date(2017, 4, 5)
    )
    older = EventPageFactory(
        parent=tree.events, title="Older", start_date=datetime.date(2016, 3, 15)
    )
    newer_past = EventPageFactory(
        parent=tree.events, title="Autumn", start_date=datetime.date(2017, 9, 14)
    )
    response = client.get(tree.events.url)
    document = document_of(response)

    context = shared_context(response)
    assert context["upcoming"] == [running, soon, later]
    assert context["past_by_year"] == [(2017, [newer_past, old]), (2016, [older])]
    # In the page: the upcoming section first, then the years, newest first.
    headings = [h.text_content().strip() for h in document.iter("h2", "h3")]
    assert headings.index("Upcoming events") < headings.index("Past events")
    assert headings[headings.index("Past events") + 1 :][:2] == ["2017", "2016"]
    titles = [h.text_content().strip() for h in document.find_class("card__title")]
    assert titles == ["Running", "Soon", "Later", "Autumn", "Old", "Older"]


def test_an_event_moves_to_the_past_when_it_ends_though_the_content_is_kept(
    client, tree, settings, monkeypatch
):
    """What is kept of the index and the page (home/fragments.py) is kept per phase:
    no edit is needed for an event to move from "to come" to "past"."""
    settings.FRAGMENT_CACHE_SECONDS = 600
    event = EventPageFactory(
        parent=tree.events,
        title="Study trip",
        start_date=future(3),
        registration_url="https://example.org/register",
    )
    assert [e.pk for e in shared_context(client.get(tree.events.url))["upcoming"]] == [
        event.pk
    ]
    page = document_of(client.get(event.url))
    assert page.xpath('//a[@href="https://example.org/register"]')

    later = timezone.now() + datetime.timedelta(days=5)
    monkeypatch.setattr(timezone, "now", lambda: later)
    response = client.get(tree.events.url)
    context = shared_context(response)
    assert context["upcoming"] == []
    assert context["past_by_year"] == [(event.start_date.year, [event])]
    document = document_of(response)
    assert "No events are planned at the moment." in document.text_content()
    page = document_of(client.get(event.url))
    assert "This event has ended." in page.text_content()
    # No registration once it is over.
    assert not page.xpath('//a[@href="https://example.org/register"]')


def test_shared_caches_keep_an_event_no_longer_than_until_it_starts(
    client, tree, settings
):
    settings.PAGE_CACHE_SECONDS = settings.BROWSER_CACHE_SECONDS = 3600
    start = timezone.localtime() + datetime.timedelta(minutes=10)
    event = EventPageFactory(
        parent=tree.events,
        start_date=start.date(),
        start_time=start.time().replace(microsecond=0),
        end_date=start.date() + datetime.timedelta(days=1),
        time_zone=settings.TIME_ZONE,
    )
    for url in (event.url, tree.events.url):
        response = client.get(url)
        assert 0 < get_max_age(response) <= 600, url
        assert "s-maxage=" in response["Cache-Control"]
        s_maxage = int(response["Cache-Control"].split("s-maxage=")[1].split(",")[0])
        assert 0 < s_maxage <= 600, url
    # A page without such a moment keeps the usual lifetime.
    response = client.get(tree.home.url)
    assert "s-maxage=3600" in response["Cache-Control"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_an_event_page_gives_when_in_local_time_where_and_how_in_every_language(
    client, tree, translate, language
):
    partner = PartnerPageFactory(
        parent=tree.partners, title="Vidzeme University", short_name="ViA"
    )
    event = EventPageFactory(
        parent=tree.events,
        title="Regional conference",
        kind="conference",
        start_date=datetime.date(2018, 10, 26),
        start_time=datetime.time(10),
        end_time=datetime.time(16),
        time_zone="Europe/Riga",
        place="Valmiera, Latvia",
        online_url="https://meet.example.org/valmiera",
        related_partners=[partner],
    )
    if language != settings.LANGUAGE_CODE:
        event = translate(event, language, title=f"Konference ({language})")
    document = document_of(client.get(event.url))
    (facts,) = document.find_class("event-facts")
    text = " ".join(facts.text_content().split())
    with translation.override(language):
        assert translation.gettext("Date and place") in text
        assert event.when() in text
        assert translation.gettext("Conference") in document.text_content()
    # 10:00 in Riga on 26 October 2018 is summer time there: UTC+3.
    (time,) = facts.iter("time")
    assert time.get("datetime") == "2018-10-26T10:00:00+03:00"
    assert "EEST, UTC+03:00" in text
    assert "Valmiera, Latvia" in text
    assert facts.xpath('.//a[@href="https://meet.example.org/valmiera"]')
    assert "ViA" in text
    (ics,) = facts.find_class("event-actions__ics")
    assert ics.get("href") == f"{event.url}ics/"


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_event_is_an_ics_file_with_its_time_zone(
    client, tree, translate, language
):
    event = EventPageFactory(
        parent=tree.events,
        title="Final conference",
        summary="Results of three years.",
        start_date=datetime.date(2018, 11, 27),
        start_time=datetime.time(9, 30),
        end_date=datetime.date(2018, 11, 28),
        end_time=datetime.time(15),
        time_zone="Europe/Riga",
        place="Riga, Latvia",
    )
    if language != settings.LANGUAGE_CODE:
        event = translate(event, language, title=f"Noslēguma konference {language}")
    else:
        event.save_revision().publish()
        event.refresh_from_db()
    response = client.get(f"{event.url}ics/")
    assert response["Content-Disposition"] == f'attachment; filename="{event.slug}.ics"'
    calendar = calendar_of(response)

    assert calendar["VERSION"] == "2.0"
    assert calendar["PRODID"]
    (vevent,) = calendar.walk("VEVENT")
    assert str(vevent["SUMMARY"]) == event.title
    assert vevent["SUMMARY"].params["LANGUAGE"] == language
    start, end = vevent.decoded("DTSTART"), vevent.decoded("DTEND")
    riga = ZoneInfo("Europe/Riga")
    assert start == datetime.datetime(2018, 11, 27, 9, 30, tzinfo=riga)
    assert end == datetime.datetime(2018, 11, 28, 15, tzinfo=riga)
    assert vevent["DTSTART"].params["TZID"] == "Europe/Riga"
    # The time zone is described in the file (calendar apps need its VTIMEZONE).
    (zone,) = calendar.walk("VTIMEZONE")
    assert str(zone["TZID"]) == "Europe/Riga"
    # Stable: the same UID in every language, the DTSTAMP of the last publication.
    assert str(vevent["UID"]) == f"event-{event.translation_key}@localhost"
    assert vevent.decoded("DTSTAMP") == event.last_published_at.replace(microsecond=0)
    assert str(vevent["URL"]) == f"http://localhost{event.url}"
    assert str(vevent["LOCATION"]) == "Riga, Latvia"
    assert client.get(f"{event.url}ics/").content == response.content


def test_an_all_day_event_is_whole_days_in_its_ics(client, tree):
    event = EventPageFactory(
        parent=tree.events,
        start_date=datetime.date(2017, 4, 5),
        end_date=datetime.date(2017, 4, 7),
        time_zone="Europe/Vilnius",
    )
    (vevent,) = calendar_of(client.get(f"{event.url}ics/")).walk("VEVENT")
    # DATE values; the end is the day after the last (RFC 5545).
    assert vevent.decoded("DTSTART") == datetime.date(2017, 4, 5)
    assert vevent.decoded("DTEND") == datetime.date(2017, 4, 8)
    assert "TZID" not in vevent["DTSTART"].params


@pytest.mark.parametrize("language", ["en", "lv", "fi"])
def test_the_index_offers_every_event_of_its_language_as_a_feed(
    client, tree, translate, language
):
    translated = EventPageFactory(parent=tree.events, title="Meeting in Vaasa")
    untranslated = EventPageFactory(parent=tree.events, title="Meeting in Hamburg")
    index = tree.events
    if language != settings.LANGUAGE_CODE:
        translated = translate(translated, language, title=f"Vaasa {language}")
        index = index.get_translation(translated.locale)
    document = document_of(client.get(index.url))
    (link,) = document.find_class("event-feed")[0].iter("a")
    assert link.get("href") == f"{index.url}ics/"
    calendar = calendar_of(client.get(link.get("href")))
    events = {str(e["UID"]): e for e in calendar.walk("VEVENT")}
    # One entry per event: the visitor's language where translated, else English.
    assert set(events) == {
        f"event-{translated.translation_key}@localhost",
        f"event-{untranslated.translation_key}@localhost",
    }
    mine = events[f"event-{translated.translation_key}@localhost"]
    assert str(mine["SUMMARY"]) == translated.title
    assert mine["SUMMARY"].params["LANGUAGE"] == language
    other = events[f"event-{untranslated.translation_key}@localhost"]
    assert other["SUMMARY"].params["LANGUAGE"] == "en"


def test_an_event_describes_itself_in_json_ld(client, tree):
    event = EventPageFactory(
        parent=tree.events,
        start_date=datetime.date(2019, 2, 25),
        start_time=datetime.time(10),
        end_time=datetime.time(14),
        time_zone="Europe/Warsaw",
        place="Szczecin, Poland",
    )
    document = document_of(client.get(event.url))
    import json

    nodes = [
        json.loads(script.text)
        for script in document.iter("script")
        if script.get("type") == "application/ld+json"
    ]
    nodes = [
        n for group in nodes for n in (group if isinstance(group, list) else [group])
    ]
    (node,) = [n for n in nodes if n.get("@type") == "Event"]
    assert node["startDate"] == "2019-02-25T10:00:00+01:00"
    assert node["endDate"] == "2019-02-25T14:00:00+01:00"
    assert node["location"]["name"] == "Szczecin, Poland"
    assert node["eventAttendanceMode"].endswith("OfflineEventAttendanceMode")


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"end_date": datetime.date(2018, 11, 26)}, "end_date"),
        ({"end_time": datetime.time(9)}, "start_time"),
        ({"start_time": datetime.time(15), "end_time": datetime.time(9)}, "end_time"),
    ],
)
def test_an_event_cannot_end_before_it_starts(tree, changes, field):
    from django.core.exceptions import ValidationError

    event = EventPage(
        title="Meeting",
        slug="meeting",
        start_date=datetime.date(2018, 11, 27),
        time_zone="Europe/Riga",
        **changes,
    )
    with pytest.raises(ValidationError) as raised:
        event.clean()
    assert field in raised.value.message_dict


def test_the_admin_says_so_in_the_editors_language(admin_client, admin_user, tree):
    """Bad dates in the admin: the form again, with the error in the editor's
    language, and nothing saved."""
    from django.urls import reverse
    from wagtail.test.utils.form_data import nested_form_data, streamfield
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "lv"
    profile.save()
    url = reverse("wagtailadmin_pages:add", args=("news", "eventpage", tree.events.pk))
    data = nested_form_data(
        {
            "title": "Meeting",
            "slug": "meeting",
            "kind": "meeting",
            "start_date": "2018-11-27",
            "end_date": "2018-11-20",
            "time_zone": "Europe/Riga",
            "body": streamfield([]),
        }
    )
    response = admin_client.post(url, data)
    assert response.status_code == 200
    with translation.override("lv"):
        message = translation.gettext("The event cannot end before it starts.")
    assert message != "The event cannot end before it starts."
    assert message in response.content.decode()
    assert not EventPage.objects.filter(slug="meeting").exists()
    # The time zones name their countries in the editor's language.
    with translation.override("lv"):
        riga = f"Europe/Riga ({translation.gettext('Latvia')})"
    assert riga == "Europe/Riga (Latvija)"
    assert riga in admin_client.get(url).content.decode()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_footer_offers_the_calendar_with_the_feeds(
    client, tree, translate, language
):
    event = EventPageFactory(parent=tree.events)
    index = tree.events
    home = tree.home
    if language != settings.LANGUAGE_CODE:
        index = translate(event, language).get_parent()
        home = home.get_translation(index.locale)
    document = document_of(client.get(home.url))
    (feeds,) = document.find_class("footer-feeds")
    calendars = [a for a in feeds.iter("a") if a.get("type") == "text/calendar"]
    assert [a.get("href") for a in calendars] == [f"{index.url}ics/"]
    with translation.override(language):
        expected = translation.gettext("%(project)s events") % {"project": "SEMPRE"}
    assert expected in feeds.text_content()
    assert client.get(calendars[0].get("href"))["Content-Type"].startswith(
        "text/calendar"
    )


def test_the_events_index_has_no_later_pages(client, tree):
    """Every event is on the index: its page/2/ is not an address (not a 500)."""
    EventPageFactory(parent=tree.events)
    assert client.get(f"{tree.events.url}page/2/").status_code == 404
