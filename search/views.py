"""The site search page."""

import logging
from urllib.parse import urlencode

from django.db import DatabaseError
from django.db.models import prefetch_related_objects
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from elastic_transport import TransportError
from elasticsearch import ApiError
from wagtail.models import Locale, Page

from home.archive import exporting
from home.languages import language_name
from home.localization import mark_fallbacks, one_per_item
from home.page_types import page_types_with
from home.pagination import paginate
from search.forms import SearchForm
from search.highlight import highlight, snippet
from search.languages import locale_codes
from search.query import clean_query, parse_query, query_terms
from search.query_log import log_search
from search.results import (
    RESULT_TYPES,
    TYPES_BY_KEY,
    Result,
    count_by_type,
    filter_by_type,
    indexed_texts,
    type_of,
)

logger = logging.getLogger(__name__)

PER_PAGE = 10

# What a search backend raises when it is down or refuses the query: Elasticsearch's
# transport and API errors, the database's errors for the database backends.
BACKEND_ERRORS = (TransportError, ApiError, DatabaseError)


def search(request):
    """Search live pages in the current language, or in all languages."""
    if exporting():
        # The static archive searches in the browser (Pagefind's index of it).
        return TemplateResponse(request, "pages/search/archive_search.html", {})
    form = SearchForm(request.GET)
    context = {"form": form, "search_query": "", "results": None}
    if not form.is_valid():
        context["search_query"] = clean_query(request.GET.get("q"))
        return render(request, context, status=400)

    query_text = form.cleaned_data["q"]
    context["search_query"] = query_text
    query = parse_query(query_text)
    if query is None:
        context["no_words"] = bool(query_text)
        return render(request, context)

    locale = Locale.get_active()
    all_languages = form.cleaned_data["all"]
    chosen_type = TYPES_BY_KEY.get(form.cleaned_data["type"])
    pages = Page.objects.live().public()
    if not all_languages:
        # Every item once: in the visitor's language where translated, else the
        # source version (marked in the results), as the listings show them.
        pages = pages.filter(
            pk__in=one_per_item(Page.objects.live(), locale).values("pk")
        )
    try:
        context.update(
            run_search(request, pages, query, query_text, chosen_type, all_languages)
        )
        if not context["results"].paginator.count and not all_languages:
            context["other_languages"] = other_languages(query, query_text, locale)
    except BACKEND_ERRORS:
        logger.exception("The search backend failed for %r", query_text)
        return render(request, {**context, "unavailable": True}, status=503)
    if context["results"].number == 1:
        context["picks"] = editors_picks(request, query_text, locale, all_languages)
    if not context["results"].paginator.count:
        context["suggested_outputs"] = suggested_outputs(locale)
    return render(request, context)


def render(request, context, status=200):
    return TemplateResponse(request, "pages/search/search.html", context, status=status)


def run_search(request, pages, query, query_text, chosen_type, all_languages):
    """The requested page of results, the facet counts and the links they need.

    Counting needs no ranking: the facet searches skip it (on SQLite it costs a
    subquery per matching page).
    """
    counts = count_by_type(
        pages.search(query, order_by_relevance=False).facet("content_type_id")
    )
    listed = filter_by_type(pages, chosen_type) if chosen_type else pages
    # The facets have counted the results already: the paginator need not search again.
    found = counts[chosen_type] if chosen_type else sum(counts.values())
    page_obj = paginate(
        request,
        listed.specific().search(query),
        PER_PAGE,
        found,
        past_end_shows_last=True,
    )
    past_end = page_obj.past_end
    hits = list(page_obj.object_list)
    prefetch_related_objects(hits, "locale")
    if not all_languages:
        mark_fallbacks(hits, Locale.get_active())
    terms = query_terms(query_text)
    base = {"q": query_text, **({"all": "1"} if all_languages else {})}
    return {
        "results": page_obj,
        "past_end": past_end,
        "hits": describe(hits, terms),
        "all_languages": all_languages,
        "chosen_type": chosen_type,
        "total": sum(counts.values()),
        "facets": [
            {
                "type": result_type,
                "count": counts[result_type],
                "url": "?" + urlencode({**base, "type": result_type.key}),
                "current": result_type == chosen_type,
            }
            for result_type in RESULT_TYPES
            if counts[result_type] or result_type == chosen_type
        ],
        "all_types_url": "?" + urlencode(base),
    }


def describe(pages, terms):
    """Results with type, highlighted title and snippet, date and language."""
    prefetch_related_objects(pages, "locale")
    for model in {type(page) for page in pages}:
        if getattr(model, "search_prefetch", ()):
            prefetch_related_objects(
                [page for page in pages if type(page) is model], *model.search_prefetch
            )
    results = []
    for page in pages:
        result_type = type_of(page)
        results.append(
            Result(
                page=page,
                type=result_type,
                title=highlight(page.title, terms),
                snippet=snippet([page.search_description, *indexed_texts(page)], terms),
                date=getattr(page, result_type.date_field or "", None),
                language_code=page.locale.language_code,
            )
        )
    return results


def other_languages(query, query_text, locale):
    """How many results each other language has, with a link to search there."""
    counts = (
        Page.objects.live()
        .public()
        .exclude(locale=locale)
        .search(query, order_by_relevance=False)
        .facet("locale_id")
    )
    codes = locale_codes()
    languages = []
    for locale_id, count in counts.items():
        code = codes.get(locale_id)
        if not code or not count:
            continue
        with translation.override(code):
            url = reverse("search") + "?" + urlencode({"q": query_text})
        languages.append(
            {
                "code": code,
                "name": language_name(code),
                "count": count,
                "url": url,
            }
        )
    return sorted(languages, key=lambda language: -language["count"])


def editors_picks(request, query_text, locale, all_languages):
    """Editors' picks for these words (search promotions), in the visitor's language."""
    promoted = log_search(query_text)
    if promoted is None:
        return []
    promotions = list(
        promoted.editors_picks.select_related("page").order_by("sort_order")
    )
    # A pick is shown in the visitor's language where translated, else as its source
    # (marked; any language when searching them all), and only where that page is
    # live and public: a page behind a login or password is not advertised by title.
    candidates = (
        Page.objects.live()
        .public()
        .filter(
            translation_key__in=[p.page.translation_key for p in promotions if p.page]
        )
    )
    if not all_languages:
        candidates = one_per_item(candidates, locale)
    shown = {page.pk: page for page in mark_fallbacks(candidates, locale)}
    in_language = {page.translation_key: page for page in shown.values()}
    picks = []
    for promotion in promotions:
        page = promotion.page
        if page is None:
            picks.append(
                {
                    "title": promotion.external_link_text
                    or promotion.external_link_url,
                    "url": promotion.external_link_url,
                    "description": promotion.description,
                }
            )
            continue
        page = (
            shown.get(page.pk)
            if all_languages
            else in_language.get(page.translation_key)
        )
        if page is not None:
            picks.append(
                {
                    "title": page.title,
                    "url": page.get_url(request),
                    "description": promotion.description,
                    "fallback_language": (
                        None if all_languages else page.fallback_language
                    ),
                }
            )
    return picks


def suggested_outputs(locale):
    """What the page types that make suggestions offer when nothing is found."""
    return [
        page
        for model in page_types_with("search_suggestions")
        for page in model.search_suggestions(locale)
    ]
