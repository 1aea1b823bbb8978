"""The "Downloads" tab of an output's edit view."""

from wagtail.admin.panels import Panel

from .download_tables import RECENT_DAYS, output_rows


class DownloadCountPanel(Panel):
    """How often each language version of this output was downloaded."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "resources/admin/download_count_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            page = self.instance
            rows = []
            if page.pk:
                rows = output_rows(page.download_totals(), [page])
            context.update(row=rows[0] if rows else None, recent_days=RECENT_DAYS)
            return context
