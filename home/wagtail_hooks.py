"""Admin registration for the shared snippets."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Country, TargetGroup, Theme


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
