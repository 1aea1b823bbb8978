"""The translation editor's overrides (a translated page's own URL, website or link
address) keep to the safe-link rule of home/links.py, as the admin's forms do.

wagtail-localize stores an override as given; this middleware answers a PUT to its
``edit_override`` view whose value has an unsafe scheme with a 400 in the editor's
language, and nothing is stored.
"""

from io import BytesIO

from django.http import JsonResponse, QueryDict
from django.http.multipartparser import MultiPartParser, MultiPartParserError
from django.utils import translation
from django.utils.deprecation import MiddlewareMixin
from wagtail.users.models import UserProfile

from home.links import unsafe_scheme, unsafe_scheme_message


def posted_value(request):
    """The ``value`` of a PUT body (the translation editor sends FormData)."""
    content_type = request.META.get("CONTENT_TYPE", "")
    if content_type.startswith("multipart/form-data"):
        try:
            data, _files = MultiPartParser(
                request.META, BytesIO(request.body), request.upload_handlers
            ).parse()
        except MultiPartParserError:
            return None
    else:
        data = QueryDict(request.body)
    return data.get("value")


class SafeOverrideMiddleware(MiddlewareMixin):
    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if (
            request.method != "PUT"
            or "wagtail_localize" not in match.namespaces
            or match.url_name != "edit_override"
        ):
            return None
        scheme = unsafe_scheme(posted_value(request))
        if scheme is None:
            return None
        # In the editor's admin language, as the view's own answers would be.
        language = UserProfile.get_for_user(request.user).get_preferred_language()
        with translation.override(language):
            error = unsafe_scheme_message(scheme)
        return JsonResponse({"error": error}, status=400)
