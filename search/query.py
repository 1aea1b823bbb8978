"""Turn a visitor's words into a search query every backend accepts."""

import re

from wagtail.search.query import And, Phrase, PlainText

MAX_QUERY_LENGTH = 200

# Letters and digits only: quotes, brackets and operators mean something to SQLite
# FTS5, PostgreSQL tsquery and Elasticsearch, and visitors rarely mean those things.
WORD = re.compile(r"[^\W_]+")
QUOTED = re.compile(r'"([^"]*)"')


def clean_query(raw):
    """Cap the length (at a word boundary) and drop control characters from a query."""
    text = "".join(ch if ch.isprintable() else " " for ch in (raw or ""))
    text = " ".join(text.split())
    if len(text) <= MAX_QUERY_LENGTH:
        return text
    # Cut between words: a word cut in half would have to match too, and match nothing.
    capped = text[: MAX_QUERY_LENGTH + 1]
    return capped.rsplit(" ", 1)[0] if " " in capped else capped[:MAX_QUERY_LENGTH]


def words(text):
    """The words of a text, without punctuation."""
    return WORD.findall(text)


def parse_query(text):
    """A query for `.search()`: words must all match, "quoted words" as a phrase.

    Returns None when the text has no words at all (e.g. only punctuation).
    """
    phrases = [words(quoted) for quoted in QUOTED.findall(text)]
    loose = words(QUOTED.sub(" ", text))
    parts = [Phrase(" ".join(phrase)) for phrase in phrases if len(phrase) > 1]
    loose += [phrase[0] for phrase in phrases if len(phrase) == 1]
    if loose:
        parts.insert(0, PlainText(" ".join(loose), operator="and"))
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else And(parts)


def query_terms(text):
    """Every word of the query, for highlighting."""
    return words(text)
