"""The project record: key facts, partners, networks, case stories and outputs.

One machine-readable file per language (/<lang>/project.json, described by
discovery/schemas/project.schema.json) and CSV tables of partners and outputs, for
programme databases and reports. Pages appear in the requested language where they
are translated, else in the source language; each says which.
"""

import csv
import datetime
from pathlib import Path

from django.conf import settings
from django.db.models import Q
from django.http import Http404, HttpResponse, JsonResponse
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.utils.text import slugify
from wagtail.models import Locale, Page, Site

from home.archive import exporting
from home.links import safe_href
from home.localization import one_per_item
from home.models import SiteSettings
from partners.models import CaseStoryPage, NetworkPage, PartnerPage
from resources.api import file_records
from resources.models import OutputPage

SCHEMA_PATH = Path(__file__).parent / "schemas" / "project.schema.json"
SCHEMA_VERSION = "1.0"


class ProjectRecord:
    """The record of the project on one site, in one language."""

    def __init__(self, request):
        self.request = request
        self.site = Site.find_for_request(request)
        if self.site is None:
            raise Http404("No site")
        self.settings = SiteSettings.for_site(self.site)
        self.source_home = self.site.root_page
        self.locale = Locale.get_active()
        self.home = (
            self.source_home.get_translations(inclusive=True)
            .live()
            .filter(locale=self.locale)
            .first()
        ) or self.source_home

    def pages(self, model, related=(), prefetch=()):
        """Live public pages of a type, each once: in this language where translated,
        else in the source language (home/localization.py)."""
        trees = Q(path__startswith=self.source_home.path) | Q(
            path__startswith=self.home.path
        )
        pages = model.objects.live().public().filter(trees)
        return list(
            one_per_item(pages, self.home.locale_id)
            .select_related("locale", *related)
            .prefetch_related(*prefetch)
            .order_by("path")
        )

    def url(self, page):
        return page.get_full_url(self.request)

    def term(self, term):
        if term is None:
            return None
        data = {
            "slug": term.slug,
            "name": term.name_in(self.home.locale.language_code, self.request),
        }
        if hasattr(term, "code"):
            data["code"] = term.code
        return data

    def base(self, page):
        return {
            "id": str(page.translation_key),
            "title": page.title,
            "summary": page.summary,
            "url": self.url(page),
            "language": page.locale.language_code,
            "is_example": page.is_example,
        }

    def partners(self):
        partners = self.pages(PartnerPage, related=["country"])
        partners.sort(key=lambda p: (p.role_order, p.country.code, p.title))
        return [
            {
                **self.base(page),
                "short_name": page.short_name,
                "role": page.role,
                "country": self.term(page.country),
                "city": page.city,
                "website": safe_href(page.website),
                "latitude": float(page.latitude) if page.latitude is not None else None,
                "longitude": (
                    float(page.longitude) if page.longitude is not None else None
                ),
            }
            for page in partners
        ]

    def networks(self):
        networks = self.pages(
            NetworkPage,
            related=["country", "coordinating_partner"],
            prefetch=["members"],
        )
        networks.sort(key=lambda p: (p.country.code, p.title))
        return [
            {
                **self.base(page),
                "country": self.term(page.country),
                "region": page.region,
                "coordinating_partner": (
                    str(page.coordinating_partner.translation_key)
                    if page.coordinating_partner
                    else None
                ),
                "members": [
                    {"name": member.name, "kind": member.kind}
                    for member in page.members.all()
                ],
            }
            for page in networks
        ]

    def case_stories(self):
        stories = self.pages(
            CaseStoryPage,
            related=["country", "network"],
            prefetch=["target_groups", "themes"],
        )
        stories.sort(key=lambda p: (p.start_date, p.title), reverse=True)
        return [
            {
                **self.base(page),
                "country": self.term(page.country),
                "network": str(page.network.translation_key) if page.network else None,
                "status": page.status,
                "start_date": page.start_date.isoformat(),
                "end_date": page.end_date.isoformat() if page.end_date else None,
                "target_groups": [self.term(t) for t in page.target_groups.all()],
                "themes": [self.term(t) for t in page.themes.all()],
            }
            for page in stories
        ]

    def outputs(self):
        outputs = self.pages(
            OutputPage,
            prefetch=["files__document", "audiences", "themes", "partners"],
        )
        outputs.sort(key=lambda p: (p.publication_date, p.title), reverse=True)
        return [
            {
                **self.base(page),
                "type": page.output_type,
                "publication_date": page.publication_date.isoformat(),
                "authors": page.authors,
                "partners": [str(p.translation_key) for p in page.partners.all()],
                "audiences": [self.term(t) for t in page.audiences.all()],
                "themes": [self.term(t) for t in page.themes.all()],
                "files": file_records(page, self.request),
            }
            for page in outputs
        ]

    def project(self, partners, counts):
        facts = self.settings
        lead = next((p for p in partners if p["role"] == "lead"), None)
        languages = sorted(
            self.source_home.get_translations(inclusive=True)
            .live()
            .values_list("locale__language_code", flat=True),
            key=[code for code, _name in settings.LANGUAGES].index,
        )

        def amount(value):
            return float(value) if value is not None else None

        return {
            "name": facts.project_name,
            "title": facts.project_title,
            "programme": facts.programme_name,
            "funding_statement": facts.funding_statement,
            "start_date": facts.project_start.isoformat()
            if facts.project_start
            else None,
            "end_date": facts.project_end.isoformat() if facts.project_end else None,
            "total_budget": amount(facts.total_budget),
            "eu_funding": amount(facts.eu_funding),
            "currency": "EUR",
            "website": self.url(self.home),
            "contact_email": facts.contact_email,
            "lead_partner": lead["id"] if lead else None,
            "languages": languages,
            "counts": counts,
        }

    def generated_at(self):
        """Now; in a static archive the last publication, so that two exports of the
        same content are the same files."""
        if exporting():
            latest = (
                Page.objects.live()
                .exclude(last_published_at=None)
                .order_by("-last_published_at")
                .values_list("last_published_at", flat=True)
                .first()
            )
            return latest or timezone.now()
        return timezone.now()

    def as_dict(self):
        partners = self.partners()
        networks = self.networks()
        stories = self.case_stories()
        outputs = self.outputs()
        counts = {
            "partners": len(partners),
            "countries": len({p["country"]["code"] for p in partners}),
            "networks": len(networks),
            "case_stories": len(stories),
            "outputs": len(outputs),
        }
        return {
            "schema_version": SCHEMA_VERSION,
            "generated_at": self.generated_at().isoformat(timespec="seconds"),
            "language": self.locale.language_code,
            "project": self.project(partners, counts),
            "partners": partners,
            "networks": networks,
            "case_stories": stories,
            "outputs": outputs,
        }


def project_json(request):
    """The project record as JSON, in the language of the URL."""
    response = JsonResponse(
        ProjectRecord(request).as_dict(),
        json_dumps_params={"ensure_ascii": False, "indent": 2},
    )
    response["Access-Control-Allow-Origin"] = "*"
    return response


def csv_response(filename, header, rows):
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = content_disposition_header(True, filename)
    # A byte order mark, so that spreadsheet programs read the names as UTF-8.
    response.write("\ufeff")
    writer = csv.writer(response)
    writer.writerow(header)
    writer.writerows([[spreadsheet_safe(cell) for cell in row] for row in rows])
    return response


def spreadsheet_safe(value):
    """Editor text that a spreadsheet would run as a formula, quoted as text."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value


def export_filename(record, name):
    project = slugify(record.settings.project_name) or "project"
    today = datetime.date.today().isoformat()
    return f"{project}-{name}-{record.locale.language_code}-{today}.csv"


def partners_csv(request):
    """The partners as a table: one row per organisation."""
    record = ProjectRecord(request)
    header = [
        "name",
        "short_name",
        "role",
        "country_code",
        "country",
        "city",
        "website",
        "url",
        "language",
    ]
    rows = [
        [
            p["title"],
            p["short_name"],
            p["role"],
            p["country"]["code"],
            p["country"]["name"],
            p["city"],
            p["website"],
            p["url"],
            p["language"],
        ]
        for p in record.partners()
    ]
    return csv_response(export_filename(record, "partners"), header, rows)


def outputs_csv(request):
    """The outputs as a table: one row per file (language version) of each output."""
    record = ProjectRecord(request)
    header = [
        "title",
        "type",
        "publication_date",
        "url",
        "language",
        "file_language",
        "file_format",
        "file_size",
        "download_url",
    ]
    rows = []
    for output in record.outputs():
        start = [
            output["title"],
            output["type"],
            output["publication_date"],
            output["url"],
            output["language"],
        ]
        for file in output["files"] or [{}]:
            rows.append(
                [
                    *start,
                    file.get("language", ""),
                    file.get("format", ""),
                    file.get("size", ""),
                    file.get("url", ""),
                ]
            )
    return csv_response(export_filename(record, "outputs"), header, rows)
