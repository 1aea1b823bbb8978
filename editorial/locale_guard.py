"""The language boundary that Wagtail's permissions leave open, closed without forking
wagtail-localize:

- wagtail-localize's "submit translation" permission is global: the submit views below
  only offer (and accept) the languages the editor's team may change, and the sync view
  only publishes into those languages.
- Translatable snippets are permissioned per model: the middleware refuses any admin
  view of a snippet in a language the editor may not change, and any wagtail-localize
  view working on a translation into such a language.
"""

import contextlib

from django.conf import settings
from django.contrib import messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.shortcuts import redirect
from django.urls import path
from django.utils.deprecation import MiddlewareMixin
from wagtail.models import Locale, Page
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.models import Translation
from wagtail_localize.views.edit_translation import apply_machine_translation
from wagtail_localize.views.submit_translations import (
    SubmitPageTranslationView,
    SubmitSnippetTranslationView,
)
from wagtail_localize.views.update_translations import UpdateTranslationsView

from editorial.teams import (
    allowed_locale_ids,
    can_change_locale,
    translatable_snippet_models,
)

# wagtail-localize views that act on one Translation (its target language is checked).
TRANSLATION_VIEWS = {
    "edit_string_translation",
    "edit_override",
    "download_pofile",
    "upload_pofile",
    "machine_translate",
    "preview_translation",
    "stop_translation",
}
SNIPPET_VIEWS_WITHOUT_OBJECT = {"list", "list_results", "choose", "choose_results"}


def _translatable_snippet(namespace):
    for model in translatable_snippet_models():
        if (
            namespace
            == f"wagtailsnippets_{model._meta.app_label}_{model._meta.model_name}"
        ):
            return model
    return None


def _requested_locale_id(request):
    code = request.GET.get("locale") or request.POST.get("locale")
    locale = Locale.objects.filter(language_code=code).first() if code else None
    return (locale or Locale.get_default()).pk


class LocaleGuardMiddleware(MiddlewareMixin):
    """Refuses admin views that would change content in another team's language."""

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        user = getattr(request, "user", None)
        if not request.path_info.startswith("/admin/"):
            return None
        if match is None or user is None or not user.is_authenticated:
            return None
        if allowed_locale_ids(user) is None:
            return None
        namespaces = match.namespaces
        if "wagtail_localize" in namespaces and match.url_name == "convert_to_alias":
            page = Page.objects.filter(pk=view_kwargs.get("page_id")).first()
            if page is not None and not can_change_source(user, page):
                raise PermissionDenied
            return None
        if "wagtail_localize" in namespaces and match.url_name in TRANSLATION_VIEWS:
            translation = Translation.objects.filter(
                pk=view_kwargs.get("translation_id")
            ).first()
            if translation and not can_change_locale(
                user, translation.target_locale_id
            ):
                raise PermissionDenied
            return None
        model = _translatable_snippet(match.namespace)
        if model is None or match.url_name in SNIPPET_VIEWS_WITHOUT_OBJECT:
            return None
        if "pk" in view_kwargs:
            instance = model.objects.filter(pk=unquote(str(view_kwargs["pk"]))).first()
            locale_id = instance.locale_id if instance else None
        elif match.url_name == "add":
            locale_id = _requested_locale_id(request)
        else:
            return None
        if locale_id is not None and not can_change_locale(user, locale_id):
            raise PermissionDenied
        return None


class LocaleLimitedSubmitMixin:
    """Offers and accepts only the languages the editor's team may change."""

    def get_form(self):
        form = super().get_form()
        allowed = allowed_locale_ids(self.request.user)
        if allowed is not None:
            field = form.fields["locales"]
            field.queryset = field.queryset.filter(pk__in=allowed)
        return form


class GuardedSubmitPageTranslationView(
    LocaleLimitedSubmitMixin, SubmitPageTranslationView
):
    """Translate a page into the editor's own languages only."""


class GuardedSubmitSnippetTranslationView(
    LocaleLimitedSubmitMixin, SubmitSnippetTranslationView
):
    """Translate a snippet into the editor's own languages only."""


def can_change_source(user, page):
    """Source operations (update translations from the source, restart a translation,
    convert a page to an alias of its source) belong to those who may change the
    source page: coordinators and the source language's editors. A page written in
    another language and never in the source language is its own source."""
    source_locale_id = (
        page.get_translations(inclusive=True)
        .filter(locale__language_code=settings.LANGUAGE_CODE)
        .values_list("locale_id", flat=True)
        .first()
    )
    return can_change_locale(user, source_locale_id or page.locale_id)


class GuardedUpdateTranslationsView(UpdateTranslationsView):
    """Sync a source (only its own language's editors and the coordinators); publish the
    refreshed translations only where the user may publish."""

    def get_object(self, *args, **kwargs):
        source = super().get_object(*args, **kwargs)
        if not can_change_locale(self.request.user, source.locale_id):
            raise PermissionDenied
        return source

    @transaction.atomic
    def form_valid(self, form):
        """wagtail-localize 1.14's form_valid, limited to the user's languages (a
        coordinator gets the upstream view unchanged)."""
        allowed = allowed_locale_ids(self.request.user)
        if allowed is None:
            return super().form_valid(form)
        self.object.update_from_db()
        mine = list(
            self.object.translations.filter(
                enabled=True, target_locale_id__in=allowed
            ).select_related("source", "target_locale")
        )
        if form.cleaned_data.get("use_machine_translation"):
            machine_translator = get_machine_translator()
            for translation in mine:
                apply_machine_translation(
                    translation.id, self.request.user, machine_translator
                )
        for translation in mine:
            with contextlib.suppress(ValidationError):
                if form.cleaned_data["publish_translations"]:
                    translation.save_target(user=self.request.user, publish=True)
                else:
                    translation.source.update_target_view_restrictions(
                        translation.target_locale
                    )
        self.components.save(self.object, sources_and_translations={self.object: mine})
        messages.success(self.request, self.get_success_message())
        return redirect(self.get_success_url() or self.get_default_success_url())


def guarded_admin_urls():
    """URL patterns that take the place of wagtail-localize's own (listed first)."""
    return [
        path(
            "admin/localize/submit/page/<int:page_id>/",
            GuardedSubmitPageTranslationView.as_view(),
        ),
        path(
            "admin/localize/submit/snippet/<slug:app_label>/<slug:model_name>/<str:pk>/",
            GuardedSubmitSnippetTranslationView.as_view(),
        ),
        path(
            "admin/localize/update/<int:translation_source_id>/",
            GuardedUpdateTranslationsView.as_view(),
        ),
    ]
