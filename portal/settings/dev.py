"""Development: DEBUG on, a throwaway secret key, SQLite unless DATABASE_URL is set."""

from .base import *

DEBUG = env_bool("DEBUG", True)
SECRET_KEY = env.get("SECRET_KEY") or "dev-only-insecure-key-do-not-use-in-production"
EMAIL_BACKEND = env.get(
    "EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend"
)
# The demo's users sign in with the README's password alone; every user can still add
# a second factor under Account (production requires it of coordinators and superusers).
WAGTAIL_2FA_REQUIRED = env_bool("ADMIN_2FA_REQUIRED", False)

# The site's own 404 page under `make run`, as visitors see it in production;
# DEBUG_TECHNICAL_404=true brings back Django's page with the URL patterns tried.
if DEBUG and not env_bool("DEBUG_TECHNICAL_404", False):
    MIDDLEWARE = [*MIDDLEWARE, "portal.middleware.SiteNotFoundMiddleware"]

# Nothing kept between requests while developing: a template edited shows on the next
# reload (kept fragments are forgotten when content changes, not when code does).
# FRAGMENT_CACHE_SECONDS=3600 tries the production behaviour.
FRAGMENT_CACHE_SECONDS = env_int("FRAGMENT_CACHE_SECONDS", 0)
