"""How each content language is analysed: PostgreSQL text search configs, ES analyzers."""

from django.conf import settings
from django.db.models.lookups import Exact, In
from wagtail.models import Locale

# PostgreSQL ships Snowball stemmers for these; the others fall back to "simple"
# (lower-cased words, no stemming), which still matches whole words.
POSTGRES_CONFIGS = {
    "en": "english",
    "de": "german",
    "sv": "swedish",
    "fi": "finnish",
    "da": "danish",
    "et": "simple",
    "lv": "simple",
    "lt": "simple",
    "pl": "simple",
}

# Elasticsearch token filters per language: stop words and a stemmer where
# Elasticsearch has them built in (Polish needs the analysis-stempel plugin, so it
# is only lower-cased and folded).
ELASTICSEARCH_FILTERS = {
    "en": [("stop", "_english_"), ("stemmer", "english")],
    "de": [
        ("stop", "_german_"),
        ("german_normalization", None),
        ("stemmer", "light_german"),
    ],
    "sv": [("stop", "_swedish_"), ("stemmer", "swedish")],
    "fi": [("stop", "_finnish_"), ("stemmer", "finnish")],
    "da": [("stop", "_danish_"), ("stemmer", "danish")],
    "et": [("stop", "_estonian_"), ("stemmer", "estonian")],
    "lv": [("stop", "_latvian_"), ("stemmer", "latvian")],
    "lt": [("stop", "_lithuanian_"), ("stemmer", "lithuanian")],
    "pl": [("asciifolding", None)],
}


def content_languages():
    """The language codes pages are written in."""
    return [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]


def locale_codes():
    """Locale ids to language codes (a handful of rows, read once per call)."""
    return dict(Locale.objects.values_list("pk", "language_code"))


def languages_searched(queryset):
    """The languages a queryset is limited to by a locale filter, or None for all.

    The search backends read this to analyse the visitor's words the way the
    pages they search were analysed, whoever built the queryset (the site's search
    page or the admin's).
    """
    locale_ids = _locale_ids(queryset.query.where)
    if locale_ids is None:
        return None
    codes = locale_codes()
    return sorted({codes[pk] for pk in locale_ids if pk in codes})


def _locale_ids(node):
    """Locale ids an AND-ed where clause requires, or None if it doesn't limit them."""
    if isinstance(node, (Exact, In)):
        target = getattr(node.lhs, "target", None)
        if target is not None and target.name == "locale":
            values = node.rhs if isinstance(node, In) else [node.rhs]
            return {getattr(value, "pk", value) for value in values}
        return None
    if getattr(node, "negated", False) or getattr(node, "connector", "AND") != "AND":
        return None
    found = None
    for child in getattr(node, "children", ()):
        ids = _locale_ids(child)
        if ids is not None:
            found = ids if found is None else found & ids
    return found
