"""The site search page."""

from django.template.response import TemplateResponse
from wagtail.models import Locale, Page

from home.pagination import paginate

MAX_QUERY_LENGTH = 200


def clean_query(raw):
    """Cap the length and drop control characters from a visitor's query."""
    text = "".join(ch if ch.isprintable() else " " for ch in (raw or ""))
    return " ".join(text.split())[:MAX_QUERY_LENGTH]


def search(request):
    """Search live pages in the current language."""
    query = clean_query(request.GET.get("q"))
    results = None
    if query:
        pages = (
            Page.objects.live().public().filter(locale=Locale.get_active()).specific()
        )
        results = paginate(request, pages.search(query), per_page=10)
    return TemplateResponse(
        request, "pages/search/search.html", {"search_query": query, "results": results}
    )
