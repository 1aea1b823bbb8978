"""The shared fixtures of tests/conftest.py, for this app's tests, and documents handed
to nginx."""

import pytest
from wagtail.utils import sendfile as wagtail_sendfile

from tests.conftest import *  # noqa: F403


@pytest.fixture
def accel_redirect(settings):
    """Documents handed to nginx (X-Accel-Redirect) at /protected-media/."""
    settings.SENDFILE_BACKEND = "django_sendfile.backends.nginx"
    settings.SENDFILE_ROOT = str(settings.MEDIA_ROOT)
    settings.SENDFILE_URL = "/protected-media"
    # Wagtail keeps the first sendfile backend it loads.
    wagtail_sendfile._get_sendfile.clear()
    yield
    wagtail_sendfile._get_sendfile.clear()
