"""Download counts for editors: totals per output and language, all time and recent."""

import datetime

from django.db.models import Q, Sum
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Locale

from home.languages import language_name

from .models import DownloadCount, ResourcePage

RECENT_DAYS = 30


def download_totals(translation_keys=None):
    """{translation key: {file language: (all time, last 30 days)}}.

    Downloads of every translation of an output count for that output: a Latvian
    visitor downloading the German file from the Latvian page adds to German.
    """
    since = timezone.localdate() - datetime.timedelta(days=RECENT_DAYS - 1)
    rows = DownloadCount.objects.all()
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


def one_per_output(pages):
    """Each output once: its page in the default language, else in the language it
    was first created in (an output written directly in Latvian is still listed)."""
    default = Locale.get_default()
    chosen = {}
    for page in pages:
        current = chosen.get(page.translation_key)
        if current is None or (
            page.locale_id == default.pk and current.locale_id != default.pk
        ):
            chosen[page.translation_key] = page
    return sorted(
        chosen.values(),
        key=lambda page: (-page.publication_date.toordinal(), page.title),
    )


def output_rows(totals, outputs):
    """Rows for a table: output, [(language, name, all time, recent)], sums."""
    rows = []
    for output in outputs:
        counts = totals.get(output.translation_key, {})
        languages = [f.language.lower() for f in output.files.all()]
        languages += sorted(set(counts) - set(languages))
        cells = [
            (code, language_name(code), *counts.get(code, (0, 0)))
            for code in dict.fromkeys(languages)
        ]
        rows.append(
            {
                "page": output,
                "cells": cells,
                "total": sum(cell[2] for cell in cells),
                "recent": sum(cell[3] for cell in cells),
            }
        )
    return rows


class DownloadReportView(WagtailAdminTemplateMixin, TemplateView):
    """Every output with its downloads per language version."""

    template_name = "resources/admin/download_report.html"
    page_title = _("Downloads")
    header_icon = "download"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        outputs = one_per_output(
            ResourcePage.objects.select_related("locale")
            .prefetch_related("files")
            .order_by("pk")
        )
        rows = output_rows(download_totals(), outputs)
        context.update(
            rows=rows,
            recent_days=RECENT_DAYS,
            default_locale=Locale.get_default(),
            total=sum(row["total"] for row in rows),
            recent=sum(row["recent"] for row in rows),
        )
        return context
