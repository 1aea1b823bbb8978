"""Events as iCalendar (RFC 5545) files, made with the icalendar library.

One event's file and the events index's feed of all events share this: each event is
a VEVENT whose UID is the same in every language (a calendar that subscribes to two
languages shows it once), whose times carry their time zone (with the VTIMEZONE a
calendar app needs to read them), and whose DTSTAMP is the page's last publication,
so a file fetched twice is the same file.
"""

import datetime
from urllib.parse import urlsplit

from django.http import HttpResponse
from django.utils.http import content_disposition_header
from django.utils.translation import get_language, gettext
from icalendar import Calendar, Event

from home.fragments import locale_of
from home.models import SiteSettings, content_date


def _text(value):
    return " ".join(str(value).split())


def _event(request, page):
    event = Event()
    language = locale_of(page, request).language_code
    url = page.get_full_url(request)
    # The site's host name, not the request's: the same event has the same UID
    # however the calendar reached the site.
    host = urlsplit(url).hostname or "localhost"
    event.add("uid", f"event-{page.translation_key}@{host}")
    # A page made without a revision (by a script) has no date of its own: its
    # start, not the time of the request, so that the file stays the same.
    stamp = content_date(page) or page.starts_at
    event.add("dtstamp", stamp.astimezone(datetime.UTC))
    if page.last_published_at:
        event.add("last-modified", page.last_published_at.astimezone(datetime.UTC))
    if page.all_day:
        # Whole days: DTEND is the day after the last (RFC 5545, 3.6.1).
        event.add("dtstart", page.start_date)
        event.add("dtend", page.last_date + datetime.timedelta(days=1))
    else:
        event.add("dtstart", page.starts_at)
        event.add("dtend", page.ends_at)
    event.add("summary", _text(page.title), parameters={"LANGUAGE": language})
    description = [_text(page.summary)] if page.summary else []
    if page.online_url:
        description.append(gettext("Online: %(url)s") % {"url": page.online_url})
    if page.registration_url and page.phase() < 2:
        description.append(
            gettext("Registration: %(url)s") % {"url": page.registration_url}
        )
    description.append(url)
    event.add(
        "description", "\n\n".join(description), parameters={"LANGUAGE": language}
    )
    if page.place:
        event.add("location", _text(page.place), parameters={"LANGUAGE": language})
    elif page.online_url:
        event.add("location", page.online_url)
    event.add("url", url)
    event.add("categories", [str(page.get_kind_display())])
    event.add("status", "CONFIRMED")
    event.add("transp", "OPAQUE")
    return event


def calendar_of(request, source, events):
    """A Calendar of `events` (pages), named after `source` (an event or the index)."""
    site_settings = SiteSettings.for_request(request)
    project = site_settings.project_name or request.get_host()
    calendar = Calendar()
    calendar.add("prodid", f"-//{_text(project)}//Events//{get_language().upper()}")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    # The names Apple Calendar, Google Calendar and Outlook show for a subscription.
    calendar.add("x-wr-calname", f"{_text(project)}: {_text(source.title)}")
    calendar.add("name", f"{_text(project)}: {_text(source.title)}")
    for page in events:
        calendar.add_component(_event(request, page))
    if events:
        # The time zones' rules from a year before the first event to a year after
        # the last: what a calendar app needs, not every change since 1970.
        calendar.add_missing_timezones(
            first_date=min(page.start_date for page in events)
            - datetime.timedelta(days=366),
            last_date=max(page.last_date for page in events)
            + datetime.timedelta(days=366),
        )
        # The time zones first and in a stable order (the library adds them in the
        # order of a set): the same events make the same file.
        zones = sorted(
            (c for c in calendar.subcomponents if c.name == "VTIMEZONE"),
            key=lambda zone: str(zone["TZID"]),
        )
        others = [c for c in calendar.subcomponents if c.name != "VTIMEZONE"]
        calendar.subcomponents[:] = [*zones, *others]
    return calendar


def calendar_response(request, calendar, filename):
    response = HttpResponse(
        calendar.to_ical(), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = content_disposition_header(True, filename)
    return response
