"""Snippets of a result's text with the visitor's words marked, HTML-escaped."""

import re

from django.utils.html import escape
from django.utils.safestring import mark_safe

SNIPPET_LENGTH = 240
LEAD = 60


def stem(term):
    """A prefix that also matches the word's inflections (Netzwerke → Netzwer…)."""
    term = term.casefold()
    return term if len(term) <= 5 else term[: max(5, len(term) - 2)]


def term_pattern(terms):
    """A pattern matching words that start like one of the terms, or None."""
    stems = sorted({stem(term) for term in terms if term}, key=len, reverse=True)
    if not stems:
        return None
    alternatives = "|".join(re.escape(s) for s in stems)
    return re.compile(rf"(?<!\w)(?:{alternatives})\w*", re.IGNORECASE)


def plain(text):
    """Text on one line. Indexed text is already free of markup (Wagtail extracts
    rich text for indexing); anything that looks like a tag is shown as text."""
    return " ".join(str(text or "").split())


def snippet(texts, terms, length=SNIPPET_LENGTH):
    """The first passage of the texts that contains a term, with the terms marked.

    Falls back to the start of the first text when no term occurs (a stemmed match
    the pattern cannot see). Everything but the <mark> tags is escaped.
    """
    texts = [plain(text) for text in texts]
    texts = [text for text in texts if text]
    if not texts:
        return ""
    pattern = term_pattern(terms)
    for text in texts:
        found = pattern.search(text) if pattern else None
        if found:
            return mark_safe(_marked(_window(text, found.start(), length), pattern))  # noqa: S308 - escaped in _marked
    return escape(_window(texts[0], 0, length))


def _window(text, position, length):
    start = 0 if position <= LEAD else text.rfind(" ", 0, position - LEAD) + 1
    end = start + length
    if end < len(text):
        cut = text.rfind(" ", start, end)
        end = cut if cut > position else end
    passage = text[start:end]
    if start > 0:
        passage = "… " + passage
    if end < len(text):
        passage += " …"
    return passage


def _marked(passage, pattern):
    pieces, last = [], 0
    for found in pattern.finditer(passage):
        pieces.append(escape(passage[last : found.start()]))
        pieces.append(f"<mark>{escape(found.group())}</mark>")
        last = found.end()
    pieces.append(escape(passage[last:]))
    return "".join(pieces)


def highlight(text, terms):
    """A short text (a title) with the terms marked, escaped."""
    text = plain(text)
    pattern = term_pattern(terms)
    if not pattern:
        return escape(text)
    return mark_safe(_marked(text, pattern))  # noqa: S308 - escaped in _marked
