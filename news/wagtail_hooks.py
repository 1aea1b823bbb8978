"""Admin registration for news categories."""

from wagtail.snippets.models import register_snippet

from home.wagtail_hooks import TermViewSet

from .models import NewsCategory


class NewsCategoryViewSet(TermViewSet):
    model = NewsCategory
    icon = "folder-open-inverse"
    add_to_admin_menu = False


register_snippet(NewsCategoryViewSet)
