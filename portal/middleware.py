"""Requests before the views: malformed ones refused, language prefixes resolved
(unknown ones 404, missing translations fall back to English), ranges of streamed
files answered."""

import math
import re

from csp.middleware import CSPMiddleware
from django.conf import settings
from django.http import (
    FileResponse,
    Http404,
    HttpResponse,
    HttpResponseRedirect,
    JsonResponse,
)
from django.http.request import split_domain_port
from django.middleware.locale import LocaleMiddleware
from django.template.loader import render_to_string
from django.urls import get_resolver, is_valid_path
from django.utils import timezone, translation
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.http import urlencode
from wagtail.models import Locale, Page, Site
from wagtail.views import serve as wagtail_serve

from home import fragments

PREFIX = re.compile(r"^/(?P<code>[A-Za-z]{2}(?:-[A-Za-z0-9]{2,8})?)/(?P<rest>.*)$")


# Control characters are never part of an address; PostgreSQL refuses NUL outright.
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
MAX_PATH_LENGTH = 2000


def language_codes():
    return {code for code, _name in settings.LANGUAGES}


def source_page_for(request, rest):
    """The live page in the source language at this path below the site root."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    root = site.root_page
    if root.locale.language_code != settings.LANGUAGE_CODE:
        root = root.get_translation_or_none(Locale.get_default())
        if root is None:
            return None
    return (
        Page.objects.live()
        .public()
        .filter(url_path=f"{root.url_path}{rest}", locale_id=root.locale_id)
        .first()
    )


class LanguagePrefixMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, plus two answers for a 404 under a language prefix.

    - An unknown prefix (/xx/) stays a 404 instead of being redirected to /en/xx/.
    - A page that exists in English but not in the requested language (/lv/news/…)
      redirects to its translation if it has one under another slug, else to the
      English page with ?unavailable=lv, which shows a note instead of a 404.
    """

    def process_response(self, request, response):
        if response.status_code == 404 and request.method in ("GET", "HEAD"):
            match = PREFIX.match(request.path_info)
            if match is None and is_valid_path(
                request.path_info, getattr(request, "urlconf", None)
            ):
                # A view outside the language prefixes (the API, documents, the
                # sitemap) answered 404 itself: Django would redirect it to /en/…,
                # which the page tree's catch-all always matches.
                return response
            if match:
                code = match["code"].lower()
                if code not in language_codes():
                    return response
                redirect = self.fallback(request, code, match["rest"])
                if redirect is not None:
                    return redirect
        return super().process_response(request, response)

    def fallback(self, request, code, rest):
        source = source_page_for(request, rest)
        if source is None:
            return None
        translation = (
            source.get_translations(inclusive=True)
            .live()
            .filter(locale__language_code=code)
            .first()
        )
        if translation is not None:
            url = translation.get_url(request)
            if url and url != request.path:
                return HttpResponseRedirect(url)
            return None
        url = source.get_url(request)
        if not url or code == settings.LANGUAGE_CODE:
            return None
        return HttpResponseRedirect(f"{url}?{urlencode({'unavailable': code})}")


class MalformedRequestMiddleware:
    """A 400 for an address no view can read: control characters in the path, NUL in
    the query, a path longer than MAX_PATH_LENGTH. Answered before the
    language prefix and the page tree touch the database, with a page in the language
    of the address's prefix (English elsewhere)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if self.malformed(request):
            if request.path.startswith("/api/"):
                return JsonResponse(
                    {"message": "malformed address: control characters or too long"},
                    status=400,
                )
            match = PREFIX.match(request.path)
            code = match["code"].lower() if match else ""
            if code not in language_codes():
                code = settings.LANGUAGE_CODE
            with translation.override(code):
                html = render_to_string("400.html")
            response = HttpResponse(html, status=400)
            response["Content-Language"] = code
            return response
        return self.get_response(request)

    @staticmethod
    def malformed(request):
        if len(request.path) > MAX_PATH_LENGTH or CONTROL.search(request.path):
            return True
        # In the query only NUL: the views drop other control characters from what
        # a visitor typed or pasted (search/query.py), but NUL reaches no database.
        return any(
            "\x00" in key or any("\x00" in value for value in values)
            for key, values in request.GET.lists()
        )


class SecurityHeadersMiddleware(CSPMiddleware):
    """django-csp's middleware with two additions: the admin's pages get the
    replacements of CONTENT_SECURITY_POLICY_ADMIN, and every response gets the
    PERMISSIONS_POLICY header."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if request.path_info.startswith("/admin/") and parts.replace is None:
            parts.replace = settings.CONTENT_SECURITY_POLICY_ADMIN
        return parts

    def process_response(self, request, response):
        response.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return super().process_response(request, response)


# One range of bytes ("bytes=0-499", "bytes=500-", "bytes=-500"); a list of ranges is
# answered with the whole file, as RFC 9110 allows.
BYTE_RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")


def byte_range(header, size):
    """(first, last) byte of a Range header for a file of this size; None to send the
    whole file (no range, one that cannot be read, several ranges); () when the range
    lies beyond the file."""
    match = BYTE_RANGE.match(header.replace(" ", "").lower())
    if match is None or match.group(1) == match.group(2) == "":
        return None
    first, last = match.groups()
    if first == "":
        suffix = int(last)
        return (max(size - suffix, 0), size - 1) if suffix and size else ()
    first = int(first)
    last = min(int(last), size - 1) if last else size - 1
    if last < first and first < size:
        return None
    return (first, last) if first < size else ()


class FilePart:
    """The bytes first to last of an open file, read as FileResponse reads a file."""

    def __init__(self, file, first, last):
        file.seek(first)
        self.file = file
        self.remaining = last - first + 1

    def read(self, size=-1):
        size = self.remaining if size < 0 else min(size, self.remaining)
        data = self.file.read(size) if size > 0 else b""
        self.remaining -= len(data)
        return data

    def close(self):
        self.file.close()


class RangeRequestMiddleware:
    """Range requests for files the views stream (documents, outputs): 206 with the
    part asked for, 416 beyond the end, Accept-Ranges on every whole file. Whitenoise
    does the same for static files; files handed to the web server (X-Accel-Redirect)
    are the web server's."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if (
            request.method not in ("GET", "HEAD")
            or response.status_code != 200
            or not isinstance(response, FileResponse)
            or not response.has_header("Content-Length")
        ):
            return response
        response["Accept-Ranges"] = "bytes"
        header = request.headers.get("Range")
        if_range = request.headers.get("If-Range")
        if not header or (
            if_range
            and if_range not in (response.get("ETag"), response.get("Last-Modified"))
        ):
            return response
        size = int(response["Content-Length"])
        part = byte_range(header, size)
        if part is None:
            return response
        file = response.file_to_stream
        response.file_to_stream = None
        if part == ():
            file.close()
            refused = HttpResponse(status=416)
            refused["Content-Range"] = f"bytes */{size}"
            return refused
        first, last = part
        partial = FileResponse(FilePart(file, first, last), status=206)
        for name, value in response.items():
            if name.lower() != "content-length":
                partial[name] = value
        partial["Content-Length"] = str(last - first + 1)
        partial["Content-Range"] = f"bytes {first}-{last}/{size}"
        return partial


class CacheControlMiddleware:
    """The Cache-Control that Varnish and browsers follow (README, "Caching").

    A response a view has already given Cache-Control keeps it (the admin, /health/,
    downloads). Anything personal is private and not stored: the admin and documents
    (served by each visitor's rights), a signed-in user, a request with a session,
    a response that sets a cookie. Other answers to GET and HEAD (pages, listings,
    feeds, sitemaps, the API) are public: browsers keep them BROWSER_CACHE_SECONDS, a
    shared cache PAGE_CACHE_SECONDS, and they no longer vary by cookie (a request with
    one is personal).
    """

    CACHEABLE = {200, 203, 300, 301, 404, 410}
    PERSONAL_PATHS = ("/admin/", "/documents/")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.has_header("Cache-Control"):
            return response
        if self.personal(request, response):
            add_never_cache_headers(response)
        elif (
            request.method in ("GET", "HEAD") and response.status_code in self.CACHEABLE
        ):
            # A page that changes by itself at a known time (an event starts or ends)
            # is kept no longer than until then.
            changes_at = getattr(request, "portal_changes_at", None)
            left = (
                max(0, math.ceil((changes_at - timezone.now()).total_seconds()))
                if changes_at is not None
                else settings.PAGE_CACHE_SECONDS
            )
            patch_cache_control(
                response,
                public=True,
                max_age=min(settings.BROWSER_CACHE_SECONDS, left),
                s_maxage=min(settings.PAGE_CACHE_SECONDS, left),
            )
            vary = [
                header.strip()
                for header in response.get("Vary", "").split(",")
                if header.strip() and header.strip().lower() != "cookie"
            ]
            if vary:
                response["Vary"] = ", ".join(vary)
            elif response.has_header("Vary"):
                del response["Vary"]
        return response

    def personal(self, request, response):
        if request.path_info.startswith(self.PERSONAL_PATHS) or response.cookies:
            return True
        if settings.SESSION_COOKIE_NAME in request.COOKIES:
            return True
        user = getattr(request, "user", None)
        return bool(user is not None and user.is_authenticated)


class KnownSiteMiddleware:
    """The request's Wagtail Site, kept with the page fragments (home/fragments.py).

    Wagtail looks the site up by host and port on every request that needs it, with a
    query each time (Site.find_for_request); the answer changes only when a site
    does, and a change of a site forgets every fragment. The site Wagtail found is
    kept after the answer, and given to the next request for that host and port:
    this middleware itself reads no database. A view that needs no site says so
    with ``wagtail_site_unused = True`` (/health/, which checks the cache itself).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        parts = getattr(request, "_portal_site_parts", None)
        found = getattr(request, "_wagtail_site", None)
        if parts is not None and found is not None:
            fragments.keep("site", parts, found, request)
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        view = getattr(view_func, "view_class", view_func)
        if getattr(view, "wagtail_site_unused", False):
            return None
        parts = (split_domain_port(request._get_raw_host())[0], request.get_port())
        known = fragments.recall("site", parts, request)
        if known is fragments.MISSING:
            request._portal_site_parts = parts  # kept once the view has found it
        else:
            request._wagtail_site = known
        if view_func is wagtail_serve and view_args:
            self.known_route(request, parts, view_args[0])
        return None

    def known_route(self, request, site_parts, path):
        """The page at this path, kept as Wagtail's routing found it (before it is
        served: nothing of a visit is kept with it). Wagtail reads it from the
        request (Page.route_for_request); its view restrictions are still checked on
        every visit. Only pages found are kept, and only plain routes (not a
        RoutablePage's sub-route, whose arguments come from the address)."""
        parts = (*site_parts, translation.get_language(), path)
        known = fragments.recall("route", parts, request)
        if known is not fragments.MISSING:
            request._wagtail_route_for_request = known
            return
        found = Page.route_for_request(request, path)
        if found is not None and not found.args and not found.kwargs:
            fragments.keep("route", parts, found, request)


class SiteNotFoundMiddleware:
    """Under DEBUG (`make run`), a page that is not found gets the site's own 404 page,
    in the visitor's language, as in production, instead of Django's technical page.
    portal/settings/dev.py adds it unless DEBUG_TECHNICAL_404=true."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, Http404):
            # The 404 view production uses (handler404, else Django's page_not_found).
            return get_resolver().resolve_error_handler(404)(request, exception)
        return None
