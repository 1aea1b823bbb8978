"""Wagtail's Elasticsearch 8 backend with an analyzer per content language.

Every searchable field is copied into Wagtail's catch-all fields (`_all_text` and
`_all_text_boost_<n>`); this backend gives those fields one sub-field per language
(`_all_text.de`, analysed with the German analyzer, and so on). A search limited to
one locale queries that language's sub-fields; a search in all languages queries the
plain field and every language's sub-field and keeps the best match.
"""

import copy

from modelsearch.backends.elasticsearch8 import Elasticsearch8SearchResults
from modelsearch.backends.elasticsearchbase import Field
from modelsearch.utils import deep_update
from wagtail.search.backends.elasticsearch8 import (
    Elasticsearch8Mapping,
    Elasticsearch8SearchBackend,
    Elasticsearch8SearchQueryCompiler,
)

from search.languages import (
    ELASTICSEARCH_FILTERS,
    content_languages,
    languages_searched,
)


def analyzer_name(language_code):
    return f"portal_{language_code}"


def language_analysis():
    """Index settings defining one analyzer (and its token filters) per language."""
    analyzers, filters = {}, {}
    for code, steps in ELASTICSEARCH_FILTERS.items():
        chain = ["lowercase"]
        for kind, option in steps:
            if option is None:
                chain.append(kind)
                continue
            name = f"portal_{code}_{kind}"
            key = "stopwords" if kind == "stop" else "language"
            filters[name] = {"type": kind, key: option}
            chain.append(name)
        analyzers[analyzer_name(code)] = {
            "type": "custom",
            "tokenizer": "standard",
            "filter": chain,
        }
    return {"settings": {"analysis": {"analyzer": analyzers, "filter": filters}}}


def is_catch_all(field_name):
    return field_name == "_all_text" or field_name.startswith("_all_text_boost_")


class LanguageMapping(Elasticsearch8Mapping):
    """Adds a sub-field per language to the catch-all text fields."""

    def get_mapping(self):
        mapping = super().get_mapping()
        for name, field in mapping["properties"].items():
            if is_catch_all(name):
                field["fields"] = {
                    code: {"type": "text", "analyzer": analyzer_name(code)}
                    for code in content_languages()
                }
        return mapping


class LanguageSearchQueryCompiler(Elasticsearch8SearchQueryCompiler):
    """Searches the sub-fields of the languages the queryset is limited to."""

    mapping_class = LanguageMapping

    def _remap_fields(self, fields):
        remapped = super()._remap_fields(fields)
        if fields:
            return remapped
        languages = languages_searched(self.queryset)
        result = []
        for field in remapped:
            if not is_catch_all(field.field_name):
                result.append(field)
                continue
            if languages is None:
                result.append(field)
            result.extend(
                Field(f"{field.field_name}.{code}", field.boost)
                for code in (content_languages() if languages is None else languages)
            )
        return result


class LanguageSearchResults(Elasticsearch8SearchResults):
    """Facets count every value: Elasticsearch's terms aggregation stops at 10 buckets
    by default, fewer than the site's page types."""

    FACET_SIZE = 200

    def _backend_do_search(self, body, **kwargs):
        for aggregation in body.get("aggregations", {}).values():
            if "terms" in aggregation:
                aggregation["terms"].setdefault("size", self.FACET_SIZE)
        return super()._backend_do_search(body, **kwargs)


class LanguageSearchBackend(Elasticsearch8SearchBackend):
    """Elasticsearch 8 with per-language analyzers in the index settings."""

    mapping_class = LanguageMapping
    query_compiler_class = LanguageSearchQueryCompiler
    results_class = LanguageSearchResults
    settings = deep_update(
        copy.deepcopy(Elasticsearch8SearchBackend.settings), language_analysis()
    )


SearchBackend = LanguageSearchBackend
