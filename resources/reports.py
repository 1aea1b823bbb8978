"""Download counts for editors: totals per output and language, all time and recent."""

from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Locale

from .download_tables import RECENT_DAYS, output_rows
from .models import DownloadCount, OutputPage


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


class DownloadReportView(WagtailAdminTemplateMixin, TemplateView):
    """Every output with its downloads per language version."""

    template_name = "resources/admin/download_report.html"
    page_title = _("Downloads")
    header_icon = "download"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        outputs = one_per_output(
            OutputPage.objects.select_related("locale")
            .prefetch_related("files")
            .order_by("pk")
        )
        rows = output_rows(DownloadCount.totals(), outputs)
        context.update(
            rows=rows,
            recent_days=RECENT_DAYS,
            default_locale=Locale.get_default(),
            total=sum(row["total"] for row in rows),
            recent=sum(row["recent"] for row in rows),
        )
        return context
