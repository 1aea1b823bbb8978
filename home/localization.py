"""Each item once, in the visitor's language: its translation where one is live, else
the source (English) version, marked as such.

The portal keeps one page per text: an item not yet translated into a language is not
copied or aliased into that language's tree. Instead every listing, menu, relation,
feed, search and API response of language X asks for *one version per item*: the X
version where it is live, else the source-language version, else (for an item written
in another language and never translated into the source) its first version. A
version in another language than the visitor's is marked (``fallback_language``), so
that templates say "In English" and give the card and its link ``lang`` and
``hreflang``. Search engines see each text once, at its own address, and a
translation is only ever a translation.

Everything here costs a fixed number of queries, whatever the number of items and
languages: the choice is made by the database in the same query that lists the items.
"""

from django.conf import settings
from django.db.models import Exists, F, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce, Length, Substr
from django.utils import translation
from django.utils.http import urlencode
from django.utils.translation import pgettext_lazy
from wagtail.models import Locale, Page, PageViewRestriction

from .languages import language_name

# "In English", "In German"…: what a card or link in another language than the
# visitor's says, in the visitor's language (a phrase per language, as many languages
# inflect the language's name).
IN_LANGUAGE = {
    "en": pgettext_lazy("content language", "In English"),
    "de": pgettext_lazy("content language", "In German"),
    "sv": pgettext_lazy("content language", "In Swedish"),
    "fi": pgettext_lazy("content language", "In Finnish"),
    "da": pgettext_lazy("content language", "In Danish"),
    "et": pgettext_lazy("content language", "In Estonian"),
    "lv": pgettext_lazy("content language", "In Latvian"),
    "lt": pgettext_lazy("content language", "In Lithuanian"),
    "pl": pgettext_lazy("content language", "In Polish"),
}


def in_language(code):
    """The mark "In English" for a language code, in the active language."""
    return IN_LANGUAGE.get(code) or language_name(code)


def locale_id(locale):
    return getattr(locale, "pk", locale)


def _in_source_language(prefix=""):
    return Q(**{f"{prefix}locale__language_code": settings.LANGUAGE_CODE})


def without_view_restrictions(queryset):
    """Pages neither restricted themselves nor below a restricted page.

    The rule of PageQuerySet.public(), as a subquery of the same query instead of a
    query of its own.
    """
    restricted = PageViewRestriction.objects.filter(
        page__path=Substr(OuterRef("path"), 1, Length("page__path"))
    )
    return queryset.exclude(Exists(restricted))


def not_aliases_of_translations(queryset):
    """Leave out alias pages of another language's page.

    wagtail-localize's locale synchronisation (not used here, but an administrator
    can switch it on) makes such aliases: the source text under another language's
    address. They are no translation, so the source page stands for them.
    """
    return queryset.exclude(alias_of__translation_key=F("translation_key"))


def one_per_item(queryset, locale):
    """Narrow a page queryset to one version of each item for a visitor of `locale`.

    A version in `locale` is kept; a source-language version is kept when the item
    has no live, public version in `locale`; a version in a third language is kept
    when the item has neither, and it is the item's first (lowest id) live version.
    The caller chooses live(), public() and the order.
    """
    target = locale_id(locale)
    others = not_aliases_of_translations(
        without_view_restrictions(
            Page.objects.live().filter(translation_key=OuterRef("translation_key"))
        )
    ).exclude(pk=OuterRef("pk"))
    in_target = Q(locale_id=target)
    in_source = _in_source_language()
    return not_aliases_of_translations(queryset).filter(
        in_target
        | (in_source & ~Exists(others.filter(locale_id=target)))
        | (
            ~in_source
            & ~Exists(
                others.filter(
                    Q(locale_id=target)
                    | _in_source_language()
                    | Q(pk__lt=OuterRef("pk"))
                )
            )
        )
    )


def children_of_all_versions(page, model=Page):
    """The children of a page and of each of its translations, as a queryset of model.

    A listing of language X lists the items filed under its X page and, for the items
    not yet translated, under the source page: `one_per_item` then keeps one of each.
    """
    parents = Page.objects.filter(translation_key=page.translation_key).values("path")
    return (
        model.objects.annotate(
            parent_path=Substr("path", 1, Length("path") - Page.steplen)
        )
        .filter(parent_path__in=parents)
        .filter(depth=page.depth + 1)
    )


def in_source_order(queryset):
    """Order pages as their source versions stand in the tree (a menu of language X
    mixes X pages and source pages: each takes its source page's place)."""
    source_path = Page.objects.filter(
        translation_key=OuterRef("translation_key"),
        locale__language_code=settings.LANGUAGE_CODE,
    ).values("path")[:1]
    return queryset.annotate(
        source_path=Coalesce(Subquery(source_path), F("path"))
    ).order_by("source_path", "path")


def mark_fallbacks(pages, locale):
    """Set ``fallback_language`` on each page: None in the visitor's language, else the
    page's language code. At most one query (none when every page is in `locale`)."""
    pages = list(pages)
    target = locale_id(locale)
    others = {page.locale_id for page in pages} - {target}
    codes = {}
    if others:
        for page in pages:
            cached = page._state.fields_cache.get("locale")
            if cached is not None:
                codes[page.locale_id] = cached.language_code
        missing = others - codes.keys()
        if missing:
            codes.update(
                Locale.objects.filter(pk__in=missing).values_list("pk", "language_code")
            )
    for page in pages:
        page.fallback_language = (
            None if page.locale_id == target else codes.get(page.locale_id)
        )
    return pages


def localized(pages, locale, select_related=(), prefetch_related=()):
    """Each page of a list as a visitor of `locale` should see it, marked, in order.

    Relations are set on the source page (a story's network, a news item's partners,
    the featured items) and synchronised into its translations; here each related page
    becomes its live, public version in `locale`, else its source-language version,
    else the version related to, else its first. A page with no live, public version
    is left out, and each item comes once. Pages of one type keep their type; a mix
    (or plain Page objects) comes back specific. One query (plus one per type of a
    mix, and one for the marks when some are in another language).
    """
    pages = list(pages)
    if not pages:
        return pages
    target = locale_id(locale)
    # First the choice, from one row per version (ids and languages only)...
    versions = not_aliases_of_translations(
        without_view_restrictions(
            Page.objects.live().filter(
                translation_key__in={page.translation_key for page in pages}
            )
        )
    ).values_list("pk", "translation_key", "locale_id", "locale__language_code")
    related_to = {page.pk for page in pages}

    def preference(row):
        pk, _key, version_locale, code = row
        if version_locale == target:
            return (0, 0)
        if code == settings.LANGUAGE_CODE:
            return (1, 0)
        return (2, 0) if pk in related_to else (3, pk)

    chosen = {}
    for row in versions:
        best = chosen.get(row[1])
        if best is None or preference(row) < preference(best):
            chosen[row[1]] = row
    # ...then the chosen pages, with what the caller shows of them.
    types = {type(page) for page in pages}
    model = next(iter(types)) if len(types) == 1 else Page
    found = model.objects.filter(pk__in=[row[0] for row in chosen.values()])
    found = found.select_related("locale", *select_related)
    if prefetch_related:
        found = found.prefetch_related(*prefetch_related)
    if model is Page:
        # A mix of types, or plain Page objects (a relation to wagtailcore.Page).
        found = found.specific()
    by_key = {page.translation_key: page for page in found}
    result = []
    for page in pages:
        version = by_key.pop(page.translation_key, None)
        if version is not None:
            result.append(version)
    codes = {row[2]: row[3] for row in chosen.values()}
    for page in result:
        page.fallback_language = (
            None if page.locale_id == target else codes.get(page.locale_id)
        )
    return result


def localize_related(items, field, locale):
    """Give each item `<field>_shown`: its related page (a foreign key to a page, such
    as a story's network) as a visitor of `locale` should see it. Items without the
    field are left alone. Two queries at most for the whole list."""
    items = list(items)
    with_field = [item for item in items if getattr(item, f"{field}_id", None)]
    related = [getattr(item, field) for item in with_field]
    shown = {page.translation_key: page for page in localized(related, locale)}
    for item in items:
        target = getattr(item, field, None) if item in with_field else None
        setattr(
            item,
            f"{field}_shown",
            shown.get(target.translation_key) if target is not None else None,
        )
    return items


def item_address(page, request=None, url=None):
    """The address of an item in a listing or relation: for one shown in another
    language than the visitor's, with ?unavailable=<the visitor's language>, so that
    its page says why, in the visitor's language (see the unavailable_note tag)."""
    if url is None:
        url = page.get_url(request) if page is not None else None
    code = (
        page.get("fallback_language")
        if isinstance(page, dict)
        else getattr(page, "fallback_language", None)
    )
    if url and code:
        url = f"{url}?{urlencode({'unavailable': translation.get_language()})}"
    return url or ""
