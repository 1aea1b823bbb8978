"""Admin registration for the shared snippets."""

from django.contrib import messages
from django.shortcuts import redirect
from django.utils import translation
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.models import Page
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from . import fragments
from .alt_text import images_missing_alt_text
from .models import Country, FooterText, TargetGroup, Theme


class TermViewSet(SnippetViewSet):
    """Listing of a taxonomy: name and slug, searchable, filterable by language."""

    list_display = ["name", "slug"]
    search_fields = ["name"]
    ordering = ["name"]


class CountryViewSet(TermViewSet):
    model = Country
    icon = "globe"
    list_display = ["name", "code", "slug"]


class TargetGroupViewSet(TermViewSet):
    model = TargetGroup
    icon = "group"


class ThemeViewSet(TermViewSet):
    model = Theme
    icon = "tag"


class TaxonomyGroup(SnippetViewSetGroup):
    """Countries, target groups and themes under one menu item."""

    items = (CountryViewSet, TargetGroupViewSet, ThemeViewSet)
    menu_icon = "tag"
    menu_label = _("Taxonomies")
    menu_name = "taxonomies"


register_snippet(TaxonomyGroup)


class FooterTextViewSet(SnippetViewSet):
    model = FooterText
    icon = "doc-full"
    menu_label = _("Footer text")
    add_to_admin_menu = False


register_snippet(FooterTextViewSet)


@hooks.register("before_serve_page")
def serve_in_own_language(page, request, serve_args, serve_kwargs):
    """A page reached under another language's prefix (the tree falls back to English
    where a translation is missing) moves to its own address, with a note saying the
    requested language is not available yet."""
    active = translation.get_language()
    if fragments.locale_of(page, request).language_code == active:
        return None
    url = page.get_url(request)
    if not url:
        return None
    return redirect(f"{url}?{urlencode({'unavailable': active})}")


@hooks.register("before_bulk_action")
def refuse_bulk_publishing_images_without_alt_text(
    request, action_type, objects, action_class_instance
):
    """The alt-text rule holds for "Publish" in a page listing too (the edit form
    enforces it on its own publish and submit buttons)."""
    if action_type != "publish" or not objects or not isinstance(objects[0], Page):
        return None
    pages = list(objects)
    form = getattr(action_class_instance, "cleaned_form", None)
    if form is not None and form.cleaned_data.get("include_descendants"):
        for page in objects:
            pages += list(page.get_descendants().not_live())
    blocked = []
    for page in pages:
        missing = images_missing_alt_text(page)
        if missing:
            titles = ", ".join(f"“{image.title}”" for image in missing)
            blocked.append(f"“{page.get_admin_display_title()}” ({titles})")
    if not blocked:
        return None
    messages.error(
        request,
        _(
            "Nothing was published: add alt text to the images of %(pages)s, or "
            "mark them decorative."
        )
        % {"pages": "; ".join(blocked)},
    )
    return redirect(action_class_instance.next_url)
