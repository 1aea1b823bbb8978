"""Wagtail's database search backend; on PostgreSQL each language gets its own stemmer.

PostgreSQL keeps one index row per object, so the row is built with the text search
configuration of the object's language (German pages with "german", and so on), and a
query is parsed with the configurations of the languages it searches: "Netzwerke"
becomes the lexeme "netzwerk" in German and matches "Netzwerk".

On SQLite the ranking weighs the title (search/backends/sqlite.py); MySQL uses
Wagtail's backend unchanged.
"""

import copy
import operator
from collections import defaultdict
from functools import reduce

from django.db import connection
from wagtail.search.backends.database import SearchBackend as DatabaseSearchBackend
from wagtail.search.backends.database.postgres.postgres import (
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)

from search.backends import type_boost
from search.languages import (
    POSTGRES_CONFIGS,
    content_languages,
    languages_searched,
    locale_codes,
)


class LanguageIndex(PostgresIndex):
    """Writes each object's index row with its language's text search configuration."""

    def add_items(self, model, objs):
        codes = locale_codes()
        by_config = defaultdict(list)
        for obj in objs:
            language = codes.get(getattr(obj, "locale_id", None))
            by_config[self.backend.config_for(language)].append(obj)
        for config, group in by_config.items():
            backend = copy.copy(self.backend)
            backend.config = config
            PostgresIndex(backend).add_items(model, group)


class LanguageSearchQueryCompiler(PostgresSearchQueryCompiler):
    """Parses the query with the configuration of each language searched."""

    def get_config(self, backend):
        languages = languages_searched(self.queryset)
        if languages is None:
            return backend.all_configs()
        return tuple(sorted({backend.config_for(code) for code in languages}))

    def _build_rank_expression(self, vectors, config):
        rank = super()._build_rank_expression(vectors, config)
        return rank * type_boost("index_entries__content_type_id")

    def build_tsquery(self, query, config=None):
        if not isinstance(config, tuple):
            return super().build_tsquery(query, config=config)
        build = super().build_tsquery
        queries = [build(query, config=name) for name in config]
        queries = [tsquery for tsquery in queries if tsquery is not None]
        return reduce(operator.or_, queries) if queries else None


class PostgresLanguageSearchBackend(PostgresSearchBackend):
    """PostgreSQL full-text search with a text search configuration per language."""

    index_class = LanguageIndex
    query_compiler_class = LanguageSearchQueryCompiler

    def __init__(self, params):
        super().__init__(params)
        # Objects without a language (documents, images) are indexed without stemming.
        self.config = self.config or "simple"
        self.language_configs = {
            **POSTGRES_CONFIGS,
            **params.get("LANGUAGE_CONFIGS", {}),
        }

    def config_for(self, language_code):
        """The text search configuration for a language code (None: shared objects)."""
        return self.language_configs.get(language_code, self.config)

    def all_configs(self):
        """Every configuration content is indexed with, for a search in all languages."""
        return tuple(
            sorted(
                {self.config_for(code) for code in content_languages()} | {self.config}
            )
        )


def SearchBackend(params):  # noqa: N802 - Wagtail looks this name up in the module
    """The language-aware backend on PostgreSQL, Wagtail's own on other databases."""
    if connection.vendor == "postgresql":
        return PostgresLanguageSearchBackend(params)
    params = {key: value for key, value in params.items() if key != "LANGUAGE_CONFIGS"}
    backend = DatabaseSearchBackend(params)
    if connection.vendor == "sqlite":
        # Imported here: the SQLite backend's models exist only on SQLite.
        from search.backends.sqlite import (
            SQLiteSearchBackend,
            WeightedSQLiteSearchBackend,
        )

        if isinstance(backend, SQLiteSearchBackend):
            return WeightedSQLiteSearchBackend(params)
    return backend
