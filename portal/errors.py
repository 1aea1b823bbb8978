"""The server-error answer: 503 with Retry-After while the database is unreachable,
else the 500 page; both static (no database), in the language of the address, JSON
for the API."""

import sys

from django.conf import settings
from django.db import DatabaseError, InterfaceError, OperationalError
from django.http import HttpResponse, JsonResponse
from django.template.loader import render_to_string
from django.utils import translation

from portal.middleware import PREFIX, language_codes

RETRY_AFTER_SECONDS = 30


def database_unreachable(error):
    """True for the errors of a database that cannot be reached, not of a query."""
    if isinstance(error, InterfaceError):
        return True
    if not isinstance(error, OperationalError):
        return False
    cause = error.__cause__ or error
    # psycopg's connection errors; SQLite's "unable to open database file".
    text = str(cause).lower()
    return any(
        words in text
        for words in (
            "connection",
            "could not connect",
            "server closed",
            "terminating",
            "unable to open database",
            "the database system is",
        )
    )


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
