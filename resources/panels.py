"""The "Downloads" tab of an output's edit view."""

from wagtail.admin.panels import Panel

from .reports import RECENT_DAYS, download_totals, output_rows


class DownloadCountPanel(Panel):
    """How often each language version of this output was downloaded."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "resources/admin/download_count_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            page = self.instance
            rows = []
            if page.pk:
                rows = output_rows(download_totals([page.translation_key]), [page])
            context.update(row=rows[0] if rows else None, recent_days=RECENT_DAYS)
            return context
