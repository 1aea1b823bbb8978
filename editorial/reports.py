"""Translation overview: per language, which pages are translated, missing or stale."""

from collections import Counter

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db.models import Max
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Locale, Page
from wagtail_localize.models import TranslationLog, TranslationSource

from editorial.teams import allowed_locale_ids

MISSING, STALE, DONE = "missing", "out_of_date", "translated"
STATUS_LABELS = {
    MISSING: _("Missing"),
    STALE: _("Out of date"),
    DONE: _("Translated"),
}


def visible_locales(user):
    """The target languages a user sees: their own, or all for coordinators."""
    allowed = allowed_locale_ids(user)
    order = [code for code, _name in settings.LANGUAGES]
    locales = Locale.objects.exclude(language_code=settings.LANGUAGE_CODE)
    if allowed is not None:
        locales = locales.filter(pk__in=allowed)
    return sorted(locales, key=lambda loc: order.index(loc.language_code))


def translation_status(locales):
    """[(source page, {locale_id: (status, target page id, source id)})] for all pages.

    A translation is out of date when the English page changed after the last sync,
    or when the sync has not yet been published into that language. A fixed number of
    queries, whatever the number of pages.
    """
    default = Locale.get_default()
    sources = list(
        Page.objects.filter(locale=default, depth__gte=2)
        .order_by("path")
        .only(
            "id",
            "title",
            "draft_title",
            "depth",
            "path",
            "translation_key",
            "latest_revision_created_at",
        )
    )
    keys = [page.translation_key for page in sources]
    locale_ids = [locale.pk for locale in locales]
    targets = {
        (row["translation_key"], row["locale_id"]): row["id"]
        for row in Page.objects.filter(
            translation_key__in=keys, locale_id__in=locale_ids
        ).values("id", "translation_key", "locale_id")
    }
    tracked = {
        source.object_id: source
        for source in TranslationSource.objects.filter(
            object_id__in=keys, locale=default
        )
    }
    synced = {
        (row["source_id"], row["locale_id"]): row["last"]
        for row in TranslationLog.objects.filter(
            source__in=tracked.values(), locale_id__in=locale_ids
        )
        .values("source_id", "locale_id")
        .annotate(last=Max("created_at"))
    }
    rows = []
    for page in sources:
        source = tracked.get(page.translation_key)
        statuses = {}
        for locale_id in locale_ids:
            target = targets.get((page.translation_key, locale_id))
            if target is None:
                status = MISSING
            elif source is None:
                status = DONE
            else:
                changed = page.latest_revision_created_at and (
                    page.latest_revision_created_at > source.last_updated_at
                )
                last_sync = synced.get((source.pk, locale_id))
                stale = last_sync is None or last_sync < source.last_updated_at
                status = STALE if changed or stale else DONE
            statuses[locale_id] = (status, target, source.pk if source else None)
        rows.append((page, statuses))
    return rows


class TranslationOverviewView(WagtailAdminTemplateMixin, TemplateView):
    """Counts per language and, for one language, every page with a link to act on it."""

    template_name = "editorial/translation_overview.html"
    page_title = _("Translation overview")
    header_icon = "site"

    def dispatch(self, request, *args, **kwargs):
        if allowed_locale_ids(request.user) == set():
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        locales = visible_locales(self.request.user)
        rows = translation_status(locales)
        summary = []
        for locale in locales:
            counts = Counter(statuses[locale.pk][0] for _page, statuses in rows)
            summary.append(
                {
                    "locale": locale,
                    "translated": counts[DONE],
                    "missing": counts[MISSING],
                    "out_of_date": counts[STALE],
                    "url": f"?{urlencode({'locale': locale.language_code})}",
                }
            )
        code = self.request.GET.get("locale")
        selected = next((loc for loc in locales if loc.language_code == code), None)
        selected = selected or (locales[0] if locales else None)
        details = []
        if selected is not None:
            for page, statuses in rows:
                status, target, source_id = statuses[selected.pk]
                details.append(
                    {
                        "page": page,
                        "indent": page.depth - 2,
                        "status": status,
                        "label": STATUS_LABELS[status],
                        "links": self.links(page, status, target, source_id, selected),
                    }
                )
        context.update(summary=summary, selected=selected, details=details)
        return context

    def links(self, page, status, target, source_id, locale):
        if status == MISSING:
            url = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
            query = urlencode({"select_locale": locale.language_code})
            return [(_("Translate"), f"{url}?{query}")]
        links = [
            (_("Edit translation"), reverse("wagtailadmin_pages:edit", args=[target]))
        ]
        if status == STALE and source_id:
            links.insert(
                0,
                (
                    _("Sync"),
                    reverse("wagtail_localize:update_translations", args=[source_id]),
                ),
            )
        return links
