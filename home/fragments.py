"""Work one page shares with the next: kept until the published content changes.

The header's menu, the language switch, the footer, a page's whole content (base.html,
with Wagtail's {% wagtailcache %}), its related items, a <picture>, the route from an
address to a page, its view restrictions, the site's settings: each is the same for
every visitor of a language until an editor
publishes, unpublishes, moves or deletes a page, or changes a snippet, an image, a
document or a setting. Each is kept in the ``template_fragments`` cache under a key
that names the *content generation*: one token for the whole site, replaced on every
such change (``content_changed``), so that nothing kept can outlive the content it was
made from, and no change needs to know which fragments it touches.

The token is read once per request. A change replaces it at once (the editor's next
page shows the change) and again when its transaction commits, so that a fragment
another request made from the old content in between is not kept under the new token.

The cache is shared by every process that serves the site (Redis with REDIS_URL; in
production without it, files in FRAGMENT_CACHE_DIR): a change made through one app
server is seen by all. FRAGMENT_CACHE_SECONDS=0 switches the fragments off.
"""

import hashlib
import uuid

from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from wagtail.models import Locale

ALIAS = "template_fragments"
GENERATION_KEY = "content-generation"
MISSING = object()


def _cache():
    return caches[ALIAS]


def enabled():
    return getattr(settings, "FRAGMENT_CACHE_SECONDS", 0) > 0


def generation(request=None):
    """The current content generation (read from the cache once per request)."""
    if request is not None:
        token = getattr(request, "_portal_content_generation", None)
        if token is not None:
            return token
    cache = _cache()
    token = cache.get(GENERATION_KEY)
    if token is None:
        cache.add(GENERATION_KEY, uuid.uuid4().hex, None)
        token = cache.get(GENERATION_KEY) or ""
    if request is not None:
        request._portal_content_generation = token
    return token


def _new_generation():
    _cache().set(GENERATION_KEY, uuid.uuid4().hex, None)


def content_changed():
    """Forget every fragment: now, and once more when the transaction commits."""
    _new_generation()
    transaction.on_commit(_new_generation)


def key(name, *parts, request=None):
    """The cache key of fragment `name` for `parts` in this content generation."""
    digest = hashlib.md5(  # noqa: S324 (a cache key, not a secret)
        repr(parts).encode(), usedforsecurity=False
    ).hexdigest()
    return f"fragment:{name}:{generation(request)}:{digest}"


def remember(name, parts, compute, request=None):
    """`compute()`, or what it gave before for these parts in this generation.

    `parts` must name everything the result depends on besides the published
    content: the language, the page, the host for absolute addresses… With a
    request, the value is also held for the rest of the request (a listing asks for
    the same term names once per card), previews and switched-off fragments too.
    """
    memo = _memo(request)
    memo_key = (name, repr(parts))
    if memo is not None and memo_key in memo:
        return memo[memo_key]
    value = recall(name, parts, request)
    if value is MISSING:
        value = compute()
        keep(name, parts, value, request)
    if memo is not None:
        memo[memo_key] = value
    return value


def _memo(request):
    if request is None:
        return None
    memo = getattr(request, "_portal_fragment_memo", None)
    if memo is None:
        memo = request._portal_fragment_memo = {}
    return memo


def recall(name, parts, request=None):
    """What was kept for these parts in this generation, else MISSING."""
    if not enabled() or _in_preview(request):
        return MISSING
    return _cache().get(key(name, *parts, request=request), MISSING)


def keep(name, parts, value, request=None):
    if enabled() and not _in_preview(request):
        _cache().set(
            key(name, *parts, request=request), value, settings.FRAGMENT_CACHE_SECONDS
        )


def locale_of(page, request=None):
    """The page's Locale, from a table of locales kept until the content changes
    (the locale of every page served would otherwise cost a query)."""
    cached = page._state.fields_cache.get("locale")
    if cached is not None:
        return cached
    locales = remember(
        "locales",
        (),
        lambda: {locale.pk: locale for locale in Locale.objects.all()},
        request,
    )
    locale = locales.get(page.locale_id)
    if locale is None:
        return page.locale
    page._state.fields_cache["locale"] = locale
    return locale


def _in_preview(request):
    # A preview shows a draft: nothing of it may be kept for visitors.
    return bool(getattr(request, "is_preview", False))


def origin(request=None):
    """The scheme, host and port: absolute addresses in what is kept name them."""
    return f"{request.scheme}://{request.get_host()}" if request is not None else ""


def page_parts(page, request=None):
    """What a fragment of a page depends on: the page, its language, the origin."""
    return (
        getattr(page, "pk", None),
        getattr(page, "locale_id", None),
        origin(request),
    )
