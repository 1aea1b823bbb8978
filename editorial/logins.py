"""Logins: the page a locked-out user sees (django-axes calls locked_out)."""

from axes.helpers import get_cool_off
from django.shortcuts import render


def locked_out(request, original_response=None, credentials=None):
    """The sign-in page's look with the reason and the wait, in the admin's language;
    429 Too Many Requests, with Retry-After for clients that read it."""
    cool_off = get_cool_off(request)
    minutes = max(1, round(cool_off.total_seconds() / 60)) if cool_off else None
    response = render(
        request,
        "editorial/locked_out.html",
        {"minutes": minutes},
        status=429,
    )
    if cool_off:
        response["Retry-After"] = str(int(cool_off.total_seconds()))
    return response
