"""Template tags for the public site: menu, translations, term names, pagination."""

from django import template
from django.conf import settings
from django.db.models import F, Q
from django.db.models.functions import Length, Substr
from django.http import QueryDict
from django.urls import reverse
from django.utils import translation
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.http import urlencode
from django.utils.text import capfirst
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page, Site

from home import fragments
from home.links import safe_href
from home.localization import (
    in_language,
    in_source_order,
    item_address,
    mark_fallbacks,
    one_per_item,
    without_view_restrictions,
)
from home.models import FooterText, SiteSettings
from home.page_types import feeds_by_name, page_types_with
from home.pagination import paged_url
from home.sharing import share_links as page_share_links

register = template.Library()

# An address typed by an editor, for href: '' unless http, https, mailto, tel or local.
register.filter("safe_href", safe_href)

FOOTER_LINKS = (
    ("contact_page_id", pgettext_lazy("footer link", "Contact")),
    ("privacy_page_id", pgettext_lazy("footer link", "Privacy")),
    ("accessibility_page_id", _("Accessibility statement")),
)


def _active_language():
    try:
        return get_supported_content_language_variant(translation.get_language())
    except LookupError:
        return settings.LANGUAGE_CODE


@register.simple_tag(takes_context=True)
def main_menu(context):
    """The live, public, in-menu children of this language's home page, in one query
    (none while the content is unchanged: home/fragments.py).

    Each item is a dict: url, title, path, fallback_language, and ``menu_current``:
    "page" for the page shown, "true" for its section.
    """
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return []
    page = context.get("page")
    if isinstance(page, Page) and page.locale_id:
        locale_id = page.locale_id
    else:
        locale = Locale.objects.filter(language_code=_active_language()).first()
        if locale is None:
            return []
        locale_id = locale.pk
    items = fragments.remember(
        "main-menu",
        (site.pk, locale_id, request.get_host()),
        lambda: _menu_items(site, locale_id, request),
        request,
    )
    current = getattr(page, "path", "") if isinstance(page, Page) else ""
    for item in items:
        if item["path"] == current:
            item["menu_current"] = "page"
        elif current.startswith(item["path"]):
            item["menu_current"] = "true"
        else:
            item["menu_current"] = ""
    return items


def _menu_items(site, locale_id, request):
    # The children of every language's home page, one per item: this language's
    # where translated, else the source page (marked), in the source's order.
    home_paths = Page.objects.filter(
        translation_key__in=Page.objects.filter(pk=site.root_page_id).values(
            "translation_key"
        )
    ).values("path")
    items = without_view_restrictions(
        Page.objects.live()
        .in_menu()
        .annotate(parent_path=Substr("path", 1, Length("path") - Page.steplen))
        .filter(parent_path__in=home_paths)
    )
    items = mark_fallbacks(
        in_source_order(one_per_item(items, locale_id))
        .select_related("locale")
        .only(
            "id",
            "title",
            "path",
            "depth",
            "url_path",
            "locale_id",
            "translation_key",
            "locale__language_code",
        ),
        locale_id,
    )
    return [
        {
            "url": item.get_url(request),
            "title": item.title,
            "path": item.path,
            "fallback_language": item.fallback_language,
        }
        for item in items
    ]


@register.simple_tag(takes_context=True)
def footer_links(context):
    """The footer pages chosen in the site settings, in the active language.

    One query for all three, where ``.localized`` would cost two per link; none while
    the content is unchanged (home/fragments.py).
    """
    request = context.get("request")
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        return []
    language = _active_language()
    links = fragments.remember(
        "footer-links",
        (site.pk, language, request.get_host()),
        lambda: _footer_links(request, language),
        request,
    )
    labels = dict(FOOTER_LINKS)
    return [{**link, "label": labels[link["field"]]} for link in links]


def _footer_links(request, language):
    site_settings = SiteSettings.for_request(request)
    chosen = {field: getattr(site_settings, field) for field, _label in FOOTER_LINKS}
    ids = [pk for pk in chosen.values() if pk]
    if not ids:
        return []
    pages = (
        Page.objects.live()
        .filter(
            Q(pk__in=ids)
            | Q(
                translation_key__in=Page.objects.filter(pk__in=ids).values(
                    "translation_key"
                ),
                locale__language_code=language,
            )
        )
        .annotate(language=F("locale__language_code"))
        .only(
            "id", "title", "url_path", "translation_key", "locale_id", "depth", "path"
        )
    )
    by_pk = {}
    translated = {}
    for page in pages:
        by_pk[page.pk] = page
        if page.language == language:
            translated[page.translation_key] = page
    links = []
    for field, _label in FOOTER_LINKS:
        source = by_pk.get(chosen[field])
        if source is None:
            continue
        target = translated.get(source.translation_key, source)
        url = target.get_url(request)
        if url:
            links.append(
                {
                    "field": field,
                    "url": url,
                    "title": target.title,
                    # Not yet in this language: the link says so (lang, hreflang).
                    "fallback_language": (
                        None if target.language == language else target.language
                    ),
                }
            )
    return links


@register.simple_tag(takes_context=True)
def language_versions(context, page):
    """Every site language with the page in it, or its English version with a note.

    Each item: code, name (in its own language), url, full_url, available, current.
    One query for the page's live translations; none while the content is unchanged
    (home/fragments.py).
    """
    if not isinstance(page, Page) or not settings.WAGTAIL_I18N_ENABLED:
        return []
    request = context.get("request")
    return fragments.remember(
        "language-versions",
        fragments.page_parts(page, request),
        lambda: _language_versions(page, request),
        request,
    )


def _language_versions(page, request):
    existing = {
        other.locale.language_code: other
        for other in page.get_translations(inclusive=True)
        .live()
        .select_related("locale")
    }
    fallback = existing.get(settings.LANGUAGE_CODE) or page
    fallback_url = fallback.get_url(request)
    versions = []
    for code, name in settings.LANGUAGES:
        target = existing.get(code)
        url = target.get_url(request) if target else None
        if url:
            item = {
                "url": url,
                "full_url": target.get_full_url(request),
                "available": True,
            }
        else:
            query = urlencode({"unavailable": code})
            item = {
                "url": f"{fallback_url}?{query}",
                "full_url": "",
                "available": False,
            }
        item.update(
            code=code,
            name=name,
            current=target is not None and target.pk == page.pk,
            default=code == settings.LANGUAGE_CODE,
        )
        versions.append(item)
    return versions


@register.simple_tag(takes_context=True)
def unavailable_note(context):
    """The note for a visitor sent here because their language has no translation.

    Links to items shown in another language carry ?unavailable=<the visitor's
    language> (see item_url), as do the language switcher's links to missing
    translations: the page then says, in the visitor's language, why it is in another
    one, and leads back to the visitor's home page.
    """
    request = context.get("request")
    code = request.GET.get("unavailable", "") if request else ""
    names = dict(settings.LANGUAGES)
    if code not in names or code == translation.get_language():
        return None
    with translation.override(code):
        return {
            "code": code,
            "text": gettext(
                "This page is not yet available in your language: you are reading "
                "it in its original language."
            ),
            "home_url": reverse("wagtail_serve", args=[""]),
            "home_text": gettext("Go to the home page"),
        }


@register.simple_tag(takes_context=True)
def item_url(context, page):
    """The address of a page (or of a link dict's "url") in a listing or relation.

    An item shown in another language than the visitor's gets ?unavailable=<the
    visitor's language>, so that its page tells the visitor why, in their language.
    """
    if isinstance(page, dict):
        return item_address(page, url=page.get("url"))
    return item_address(page, context.get("request"))


@register.simple_tag(takes_context=True)
def term_name(context, term):
    """A taxonomy term's name in the active language, falling back to the source name.

    Terms are linked in the source language; their translations are loaded once per
    model and request, so listings do not query per item.
    """
    if term is None:
        return ""
    return term.name_in(_active_language(), context.get("request"))


@register.filter
def page_type_label(page):
    """A short, translated label for the kind of page, e.g. “Case story”: the page
    type's card_label, else its verbose name."""
    meta = getattr(page, "_meta", None)
    if meta is None:
        return ""
    return getattr(page, "card_label", None) or capfirst(meta.verbose_name)


@register.filter
def elided_pages(page_obj):
    """Page numbers around the current one, with the paginator's ellipsis in gaps."""
    return page_obj.paginator.get_elided_page_range(
        page_obj.number, on_each_side=1, on_ends=1
    )


@register.simple_tag(takes_context=True)
def page_href(context, number, query=None):
    """The address of page `number` of a list: a listing's own address for it
    (<list>/page/2/, where the context has ``paged_url``), else ?page= on this
    address (search); `query` is what else the address keeps (its filters)."""
    base = context.get("paged_url")
    if base:
        return paged_url(base, number, query)
    query = query.copy() if query is not None else QueryDict(mutable=True)
    query["page"] = number
    return f"?{query.urlencode()}"


def _site_settings(context):
    request = context.get("request")
    return SiteSettings.for_request(request) if request is not None else None


@register.simple_tag(takes_context=True)
def archive_notice(context):
    """From the archive date of the site settings on, what every page says: the
    project has ended, the site is its archive (in the active language)."""
    site_settings = _site_settings(context)
    if site_settings is None or not site_settings.is_archive():
        return ""
    if site_settings.project_end:
        return gettext(
            "%(project)s ended in %(month)s. This site is its archive: everything "
            "it published stays here, but it is no longer updated."
        ) % {
            "project": site_settings.project_name,
            "month": date_format(site_settings.project_end, "YEAR_MONTH_FORMAT"),
        }
    return gettext(
        "%(project)s has ended. This site is its archive: everything it published "
        "stays here, but it is no longer updated."
    ) % {"project": site_settings.project_name}


@register.simple_tag(takes_context=True)
def status_of(context, page):
    """A case story's status in the active language; in the archive, "running" is
    read as of the project's end ("Running when the project ended, February
    2019")."""
    label = page.get_status_display()
    site_settings = _site_settings(context)
    if (
        page.status != "running"
        or site_settings is None
        or not site_settings.is_archive()
    ):
        return label
    if site_settings.project_end:
        return gettext("Running when the project ended (%(month)s)") % {
            "month": date_format(site_settings.project_end, "YEAR_MONTH_FORMAT")
        }
    return gettext("Running when the project ended")


@register.simple_tag(takes_context=True)
def open_end(context):
    """What a period without an end says: "ongoing", in the archive "ongoing when the
    project ended"."""
    site_settings = _site_settings(context)
    if site_settings is not None and site_settings.is_archive():
        return gettext("ongoing when the project ended")
    return gettext("ongoing")


@register.simple_tag(takes_context=True)
def footer_text(context):
    """The header and footer texts in the active language, else in the source
    language, then marked with ``fallback_language``. One query; none while the
    content is unchanged (home/fragments.py)."""
    language = _active_language()
    request = context.get("request")
    return fragments.remember(
        "footer-text", (language,), lambda: _footer_text(language), request
    )


def _footer_text(language):
    texts = {
        text.locale.language_code: text
        for text in FooterText.objects.filter(
            locale__language_code__in={language, settings.LANGUAGE_CODE}
        ).select_related("locale")
    }
    text = texts.get(language) or texts.get(settings.LANGUAGE_CODE)
    if text is not None:
        code = text.locale.language_code
        text.fallback_language = None if code == language else code
    return text


# Items shown in another language than the visitor's (home.localization) ------------


def _fallback_language(page):
    if isinstance(page, dict):
        return page.get("fallback_language")
    return getattr(page, "fallback_language", None)


@register.simple_tag
def lang_of(page):
    """` lang="en"` for an item shown in another language than the page, else ""."""
    code = _fallback_language(page)
    return format_html(' lang="{}"', code) if code else ""


@register.simple_tag
def hreflang_of(page):
    """` hreflang="en"` for a link to an item in another language, else ""."""
    code = _fallback_language(page)
    return format_html(' hreflang="{}"', code) if code else ""


@register.simple_tag
def fallback_mark(page, compact=False):
    """ "In English", in the visitor's language, for an item shown in another one.

    `compact` (menus, link lists) shows the language code, with the phrase for
    screen readers.
    """
    code = _fallback_language(page)
    if not code:
        return ""
    language = translation.get_language()
    if compact:
        return format_html(
            '<span class="fallback-mark fallback-mark--compact" lang="{}">'
            '<span aria-hidden="true">{}</span><span class="visually-hidden"> ({})'
            "</span></span>",
            language,
            code.upper(),
            in_language(code),
        )
    return format_html(
        '<span class="fallback-mark" lang="{}">{}</span>', language, in_language(code)
    )


@register.simple_tag
def source_language():
    """The language code of the source pages and the site settings' texts."""
    return settings.LANGUAGE_CODE


@register.simple_tag(takes_context=True)
def key_figure(context, value):
    """A key figure's number for the page's language (see KeyFigureValue)."""
    page = context.get("page")
    locale_id = getattr(page, "locale_id", None)
    if locale_id is None:
        locale = Locale.objects.filter(language_code=_active_language()).first()
        locale_id = locale.pk if locale else None
    number = value.number(locale_id) if hasattr(value, "number") else value["value"]
    return number


class SharedContextNode(template.Node):
    def __init__(self, nodelist):
        self.nodelist = nodelist

    def render(self, context):
        page = context.get("page")
        request = context.get("request")
        if page is None or request is None or not hasattr(page, "shared_context"):
            return self.nodelist.render(context)
        with context.push(page.shared_context(request)):
            return self.nodelist.render(context)


@register.tag
def shared_context(parser, token):
    """{% shared_context %}…{% endshared_context %}: the page's shared context
    (BasePage.get_shared_context: related items, a listing's items…) for the enclosed
    part, read only when that part is made, not while it is kept."""
    nodelist = parser.parse(("endshared_context",))
    parser.delete_first_token()
    return SharedContextNode(nodelist)


@register.simple_tag(takes_context=True)
def share_links(context, page):
    """The page's share links (home.sharing.share_links), with their names in the
    visitor's language."""
    labels = {
        "email": _("E-mail"),
        "linkedin": "LinkedIn",
        "mastodon": "Mastodon",
        "copy": _("Copy link"),
    }
    return [
        {**link, "label": labels[link["name"]]}
        for link in page_share_links(page, context.get("request"))
    ]


@register.simple_tag(takes_context=True)
def site_feeds(context):
    """The feeds a visitor can follow, in the active language: [{title, rss, atom}]."""
    request = context.get("request")
    site_settings = SiteSettings.for_request(request) if request else None
    project = site_settings.project_name if site_settings else ""
    feeds = [
        {
            "title": feed.title_for(project),
            "rss": feed.url("rss"),
            "atom": feed.url("atom"),
        }
        for feed in feeds_by_name().values()
    ]
    if request is None:
        return feeds
    locale = Locale.get_active()
    for model in page_types_with("calendar_title"):
        index = (
            one_per_item(model.objects.live().public(), locale.pk)
            .order_by("path")
            .first()
        )
        if index is not None:
            feeds.append(
                {
                    "title": str(model.calendar_title) % {"project": project},
                    "ics": index.get_url(request) + index.reverse_subpage("calendar"),
                }
            )
    return feeds
