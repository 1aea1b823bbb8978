"""Wagtail's SQLite FTS5 backend with the title weighted in the ranking.

Wagtail ranks with FTS5's bm25() over all columns alike and multiplies the whole score
by the title-length norm, so a page with a short title wins on words in its body. Here
bm25() weighs a word in the title TITLE_WEIGHT times a word in the body, and
page types get the boost they declare (search.backends.type_boost).
"""

from wagtail.search.backends.database.sqlite.query import BM25
from wagtail.search.backends.database.sqlite.sqlite import (
    SQLiteFTSIndexEntry,
    SQLiteSearchBackend,
    SQLiteSearchQueryCompiler,
)
from wagtail.search.query import Not, Phrase, PlainText

from search.backends import type_boost

TITLE_WEIGHT = 8.0


class WeightedBM25(BM25):
    """FTS5's bm25() with column weights (the columns: autocomplete, body, title)."""

    def as_sql(self, compiler, connection, function=None, template=None):
        table = SQLiteFTSIndexEntry._meta.db_table
        return f"bm25({table}, 0.0, 1.0, {TITLE_WEIGHT})", []


class WeightedSQLiteQueryCompiler(SQLiteSearchQueryCompiler):
    """Ranks by bm25() with the title weighted, without the title-length factor."""

    def build_tsrank(self, vector, query, config=None, boost=1.0):
        if isinstance(query, (Phrase, PlainText, Not)):
            rank = WeightedBM25()
            return rank * boost if boost != 1.0 else rank
        return super().build_tsrank(vector, query, config=config, boost=boost)

    def _build_rank_expression(self, vectors, config):
        rank = self.build_tsrank(None, self.query, config=config)
        return rank * type_boost("index_entry__content_type_id")


class WeightedSQLiteSearchBackend(SQLiteSearchBackend):
    """Wagtail's SQLite FTS5 backend with the title weighted in the ranking."""

    query_compiler_class = WeightedSQLiteQueryCompiler
