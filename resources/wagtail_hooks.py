"""Admin: the audience snippet and the downloads report."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet

from home.wagtail_hooks import TermViewSet

from .models import Audience
from .reports import DownloadReportView


class AudienceViewSet(TermViewSet):
    model = Audience
    icon = "group"
    menu_label = _("Audiences")
    add_to_admin_menu = False


register_snippet(AudienceViewSet)


@hooks.register("register_admin_urls")
def download_report_urls():
    return [
        path("reports/downloads/", DownloadReportView.as_view(), name="download_report")
    ]


@hooks.register("register_reports_menu_item")
def download_report_menu_item():
    return MenuItem(
        _("Downloads"), reverse("download_report"), icon_name="download", order=60
    )
