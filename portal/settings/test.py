"""Tests: fast hashing, in-memory files kept out of the repo, no manifest for static."""

import atexit
import shutil
import tempfile

from .base import *

DEBUG = False
SECRET_KEY = "test-only-insecure-key"  # noqa: S105
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# A fresh media folder per process (the backup drill's restored site names its own).
MEDIA_ROOT = Path(
    env.get("PORTAL_TEST_MEDIA_ROOT") or tempfile.mkdtemp(prefix="portal-test-media-")
)
STORAGES["staticfiles"] = {
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
WAGTAILADMIN_BASE_URL = "http://testserver"
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
STATIC_ROOT = Path(tempfile.mkdtemp(prefix="portal-test-static-"))
# Tests search the database even where ELASTICSEARCH_URL is set, so that a test run
# never writes into a real index; the Elasticsearch integration tests switch to a
# throw-away index prefix of their own (search/tests/test_elasticsearch.py).
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backends.database"}}
# Renditions are real AVIF files, encoded at libavif's fastest: the tests check which
# renditions exist and what they are, not how small (about 14 times as fast as 6).
IMAGE_AVIF_SPEED = 10
# The browser tests load images from the live server.
SERVE_MEDIA = True

# Removed when the process ends.
atexit.register(shutil.rmtree, MEDIA_ROOT, True)
atexit.register(shutil.rmtree, STATIC_ROOT, True)
# The second factor is tested with it required (tests/test_logins.py); elsewhere the
# tests' superusers reach the admin without one.
WAGTAIL_2FA_REQUIRED = False
