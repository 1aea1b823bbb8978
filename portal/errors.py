"""The server-error answer: 503 with Retry-After while the database is unreachable,
else the 500 page; both static (no database), in the language of the address, JSON
for the API."""

import sys

import psycopg
from django.conf import settings
from django.db import DatabaseError, InterfaceError, OperationalError
from django.http import HttpResponse, JsonResponse
from django.template.loader import render_to_string
from django.utils import translation

from portal.middleware import PREFIX, language_codes

RETRY_AFTER_SECONDS = 30


# SQLSTATE classes of a server that cannot serve: connection exceptions (08),
# insufficient resources such as too many clients (53), an administrator's shutdown or
# a server starting up (57P01-57P03).
UNAVAILABLE_STATES = ("08", "53", "57P01", "57P02", "57P03")


def database_unreachable(error):
    """True for the errors of a database that cannot be reached, not of a query."""
    if isinstance(error, InterfaceError):
        return True
    if not isinstance(error, OperationalError):
        return False
    cause = error.__cause__ or error
    if isinstance(cause, psycopg.Error):
        # No SQLSTATE: the client's side of the connection failed (refused, closed).
        return cause.sqlstate is None or cause.sqlstate.startswith(UNAVAILABLE_STATES)
    # SQLite names no state: its database file cannot be opened.
    return "unable to open database" in str(cause).lower()


def server_error(request, *args, **kwargs):
    """handler500: Django calls it while handling the exception, so it can look."""
    error = sys.exc_info()[1]
    unreachable = isinstance(error, DatabaseError) and database_unreachable(error)
    status = 503 if unreachable else 500
    match = PREFIX.match(request.path)
    code = match["code"].lower() if match else ""
    if code not in language_codes():
        code = settings.LANGUAGE_CODE
    with translation.override(code):
        if request.path.startswith("/api/"):
            message = (
                "The database is unreachable; try again shortly."
                if unreachable
                else "Server error."
            )
            response = JsonResponse({"message": message}, status=status)
        else:
            template = "503.html" if unreachable else "500.html"
            response = HttpResponse(render_to_string(template), status=status)
            response["Content-Language"] = code
    if unreachable:
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


def form_url(path):
    """The address of the form: this site's own path, never "//host/" or "/\\host/",
    which browsers take for another site."""
    if not path.startswith("/") or path.startswith(("//", "/\\")) or "\\" in path:
        return "/"
    return path


def csrf_failure(request, reason=""):
    """CSRF_FAILURE_VIEW: a form sent without its token (cookies blocked, a page
    left open for days) is answered in the visitor's language, with the way back to
    the form, not with Django's technical page. Nothing was stored or sent."""
    response = HttpResponse(
        render_to_string("403_csrf.html", {"form_url": form_url(request.path)}),
        status=403,
    )
    response["Content-Language"] = translation.get_language() or settings.LANGUAGE_CODE
    response["Cache-Control"] = "no-store"
    return response
