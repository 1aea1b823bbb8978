"""A URL that fails, for the Sentry test (tests/test_operations.py)."""

from django.urls import path


class SentryDrillError(RuntimeError):
    pass


def fails(request):
    raise SentryDrillError("a drill, not a real error")


urlpatterns = [path("fails/", fails)]
