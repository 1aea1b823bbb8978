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
