"""Development: DEBUG on, a throwaway secret key, SQLite unless DATABASE_URL is set."""

from .base import *

DEBUG = env_bool("DEBUG", True)
SECRET_KEY = env.get("SECRET_KEY") or "dev-only-insecure-key-do-not-use-in-production"
EMAIL_BACKEND = env.get(
    "EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend"
)
