"""Admin hooks of the editorial workflow: the review of translations, the translation
overview report and the guard on operations that re-sync a page from its source."""

from django.core.exceptions import PermissionDenied
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .locale_guard import can_change_source
from .reports import TranslationOverviewView
from .review import submit_translation_for_review
from .teams import allowed_locale_ids
from .two_factor import SecondFactorLoginView


class TranslationOverviewMenuItem(MenuItem):
    """Shown to coordinators and to every country team."""

    def is_shown(self, request):
        return allowed_locale_ids(request.user) != set()


@hooks.register("register_admin_urls")
def translation_overview_urls():
    return [
        path(
            "translations/<int:translation_id>/submit-for-review/",
            submit_translation_for_review,
            name="portal_submit_translation_for_review",
        ),
        path(
            "reports/translation-overview/",
            TranslationOverviewView.as_view(),
            name="translation_overview",
        ),
        # Before wagtail-2fa's own view at this address and name (two_factor.py).
        path("2fa/auth", SecondFactorLoginView.as_view(), name="wagtail_2fa_auth"),
    ]


@hooks.register("register_reports_menu_item")
def translation_overview_menu_item():
    return TranslationOverviewMenuItem(
        _("Translation overview"),
        reverse("translation_overview"),
        icon_name="site",
        order=50,
    )


@hooks.register("before_edit_page", order=-1)
def source_operations_belong_to_the_source(request, page):
    """wagtail-localize's "Start synced translation" and "Convert to alias page" (posted
    to the page's edit view) re-sync a page from its source: they are for those who
    may change the source page, not for the page's own language's editors alone."""
    if request.method != "POST":
        return None
    if not {"localize-restart-translation", "localize-convert-to-alias"} & set(
        request.POST
    ):
        return None
    if not can_change_source(request.user, page):
        raise PermissionDenied
    return None
