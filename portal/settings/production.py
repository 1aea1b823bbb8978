"""Production: refuses to start without a strong secret key and allowed hosts; HTTPS
only, with HSTS."""

import tempfile

from django.core.exceptions import ImproperlyConfigured

from .base import *

DEBUG = env_bool("DEBUG", False)

INSECURE_KEYS = {"", "dev-only-insecure-key-do-not-use-in-production", "change-me"}
# What Django's own check (security.W009) calls weak: shorter than 50 characters,
# fewer than 5 different ones, or made by startproject.
if (
    SECRET_KEY in INSECURE_KEYS
    or SECRET_KEY.startswith("django-insecure")
    or len(SECRET_KEY) < 50
    or len(set(SECRET_KEY)) < 5
):
    raise ImproperlyConfigured(
        "Set SECRET_KEY in the environment to a random value of 50+ characters "
        "(python -c 'from django.core.management.utils import "
        "get_random_secret_key as k; print(k())'); production refuses to start with "
        "an empty, default or weak key."
    )

# Without Redis, the fragments every worker must forget together when content changes
# (home/fragments.py) are kept in files on this server.
if not env.get("REDIS_URL"):
    CACHES["template_fragments"] = {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": env.get(
            "FRAGMENT_CACHE_DIR",
            str(Path(tempfile.gettempdir()) / f"{CACHE_KEY_PREFIX}-fragments"),
        ),
        "OPTIONS": {"MAX_ENTRIES": 20000},
    }

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# Behind a proxy that ends TLS and sets X-Forwarded-Proto; plain HTTP is redirected.
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", True)
CSRF_COOKIE_SECURE = env_bool("SECURE_COOKIES", True)
# HSTS for a year, subdomains included, with the preload flag (the domain enters the
# browsers' list only when its owner submits it at hstspreload.org); each can be
# switched off in the environment.
SECURE_HSTS_SECONDS = int(env.get("SECURE_HSTS_SECONDS", 31_536_000))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)

# One JSON object a line on stdout (portal/logs.py), unless LOG_FORMAT says otherwise.
if (env.get("LOG_FORMAT") or "json") == "json":
    LOGGING["handlers"]["console"]["formatter"] = "json"
