"""Settings shared by every environment; values come from the environment."""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF, UNSAFE_INLINE
from django.core.exceptions import ImproperlyConfigured

env = os.environ.copy()

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_bool(name, default=False):
    """Read a boolean from the environment ("1", "true", "yes", "on")."""
    value = env.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_int(name, default):
    """Read a whole number from the environment."""
    value = env.get(name, "").strip()
    if not value:
        return default
    try:
        return int(value)
    except ValueError as error:
        message = f"{name} must be a whole number, not {value!r}"
        raise ImproperlyConfigured(message) from error


def env_list(name, default=""):
    """Read a comma-separated list from the environment."""
    return [item.strip() for item in env.get(name, default).split(",") if item.strip()]


SECRET_KEY = env.get("SECRET_KEY", "")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
# A form sent without its token gets a page in the visitor's language (portal/errors.py).
CSRF_FAILURE_VIEW = "portal.errors.csrf_failure"

INSTALLED_APPS = [
    "home",
    "news",
    "partners",
    "resources",
    "search",
    "discovery",
    "editorial",
    # Images and documents as they arrive: upload rules, PDF text and covers.
    "uploads",
    # The demo site: the load_demo command and its content (no models).
    "demo",
    # The operators' commands: backup and restore (no models).
    "portal",
    "csp",
    # /health/: database, caches and storage (portal/urls.py).
    "health_check",
    # Logins: lockout after repeated failures (axes), a second factor (TOTP) in the
    # admin (wagtail_2fa on django-otp).
    "axes",
    "wagtail_2fa",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.api.v2",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.search_promotions",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "rest_framework",
    "taggit",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Early, so that every answer has them, the 400 below included.
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Content-Security-Policy (strict on the site, Wagtail's needs in the admin) and
    # Permissions-Policy.
    "portal.middleware.SecurityHeadersMiddleware",
    # A 400 for addresses with control characters or overlong paths, before any query.
    "portal.middleware.MalformedRequestMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # 206 for a Range request to a document or output (after every view's headers).
    "portal.middleware.RangeRequestMiddleware",
    # Cache-Control for Varnish and browsers, after the session and CSRF cookies are
    # known.
    "portal.middleware.CacheControlMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # The request's Wagtail Site without a query while the sites are unchanged.
    "portal.middleware.KnownSiteMiddleware",
    # Picks the language from the URL prefix (i18n_patterns) or Accept-Language for "/".
    "portal.middleware.LanguagePrefixMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # The second factor: users who must use it (WAGTAIL_2FA_REQUIRED, the "Enable 2FA"
    # permission) or who added a device reach the admin only after giving a code.
    "wagtail_2fa.middleware.VerifyUserPermissionsMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "editorial.locale_guard.LocaleGuardMiddleware",
    # The translation editor's overrides: no javascript: or data: addresses.
    "editorial.overrides.SafeOverrideMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last: turns a locked-out login into the lockout page (editorial/logins.py).
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "portal.urls"
# Backups serialize times to the microsecond (portal/precise_json.py).
SERIALIZATION_MODULES = {"precise_json": "portal.precise_json"}

# Headers --------------------------------------------------------------------------
# The site's own scripts, styles, images and fonts only: no inline script, no other
# host (JSON-LD is data, not script). django-csp 4 writes the header.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "media-src": [SELF],
        "frame-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
# Wagtail's admin writes inline scripts and styles (panels, date pickers) and shows
# previews in a frame of its own: what its pages (/admin/) replace in the policy.
CONTENT_SECURITY_POLICY_ADMIN = {
    "script-src": [SELF, UNSAFE_INLINE],
    "style-src": [SELF, UNSAFE_INLINE],
    "img-src": [SELF, "data:", "blob:"],
    "frame-ancestors": [SELF],
}
PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
    "microphone=(), payment=(), usb=(), browsing-topics=()"
)
# Previews keep working: Wagtail's preview views answer SAMEORIGIN themselves.
X_FRAME_OPTIONS = "DENY"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "home.context_processors.fragment_cache",
            ],
        },
    },
]

WSGI_APPLICATION = "portal.wsgi.application"

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(env.get("CONN_MAX_AGE", "600")),
        # A kept connection is checked before a request uses it: after the database
        # restarts, no request fails on a dead connection.
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Logins -----------------------------------------------------------------------------
# Axes counts failed logins first; the model backend checks the password.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# LOGIN_FAILURE_LIMIT failed logins for one user name from one address lock that pair
# out for LOGIN_LOCKOUT_MINUTES; each failure and lockout is logged (logger "axes").
AXES_FAILURE_LIMIT = env_int("LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("LOGIN_LOCKOUT_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
# The log names the user name and address (an operator blocks an attacking address).
AXES_SENSITIVE_PARAMETERS = []
# A failure while locked out does not start the wait again.
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_LOCKOUT_CALLABLE = "editorial.logins.locked_out"
# Behind TRUSTED_PROXY_COUNT proxies (Varnish, nginx) the client's address is the one
# they add to X-Forwarded-For; with none, the connection's address.
if proxy_count := env_int("TRUSTED_PROXY_COUNT", 0):
    AXES_IPWARE_PROXY_COUNT = proxy_count
    AXES_IPWARE_META_PRECEDENCE_ORDER = ("HTTP_X_FORWARDED_FOR", "REMOTE_ADDR")
# The second factor (TOTP) is required of coordinators and superusers (they hold the
# "Enable 2FA" permission) and open to every editor under Account.
# Authenticator apps show the code under WAGTAIL_SITE_NAME.
WAGTAIL_2FA_REQUIRED = env_bool("ADMIN_2FA_REQUIRED", True)

AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"
    },
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: English is the source; the others are the partner countries' languages.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("de", "Deutsch"),
    ("sv", "Svenska"),
    ("fi", "Suomi"),
    ("da", "Dansk"),
    ("et", "Eesti"),
    ("lv", "Latviešu"),
    ("lt", "Lietuvių"),
    ("pl", "Polski"),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# The admin speaks every content language (Wagtail offers only those it ships a
# catalogue for); each editor picks theirs under Account → Preferences.
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
# "Translate this page" makes a draft: nothing untranslated goes live as a translation,
# and the draft goes through the language's review before it is published.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
# Avatars are the initials Wagtail draws itself: the admin loads nothing from another
# host (no Gravatar).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
LOCALE_PATHS = [BASE_DIR / "locale"]
FORMAT_MODULE_PATH = ["portal.formats"]
TIME_ZONE = "Europe/Berlin"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(env.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env.get("MEDIA_ROOT", BASE_DIR / "media"))
# Media on S3-compatible storage (django-storages) when MEDIA_S3_BUCKET is set, so that
# no app server keeps an upload on its own disk. Images and renditions are linked at
# MEDIA_S3_PUBLIC_URL (the bucket's public address, or a proxy or CDN in front of it;
# default: the endpoint's path to the bucket), and their host is added to the pages'
# img-src. Documents are read through Django's view (privacy checks and counting):
# the bucket's documents/ need not be public.
if media_bucket := env.get("MEDIA_S3_BUCKET"):
    media_endpoint = env.get("MEDIA_S3_ENDPOINT_URL", "").rstrip("/")
    media_public = env.get("MEDIA_S3_PUBLIC_URL", "").rstrip("/") or (
        f"{media_endpoint}/{media_bucket}" if media_endpoint else ""
    )
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": media_bucket,
            "endpoint_url": media_endpoint or None,
            "region_name": env.get("MEDIA_S3_REGION") or None,
            "access_key": env.get("MEDIA_S3_ACCESS_KEY_ID") or None,
            "secret_key": env.get("MEDIA_S3_SECRET_ACCESS_KEY") or None,
            "location": env.get("MEDIA_S3_PREFIX", ""),
            # Plain, stable addresses: pages that link them can be cached.
            "querystring_auth": False,
            "file_overwrite": False,
            **(
                {"custom_domain": media_public.split("://", 1)[-1]}
                if media_public
                else {}
            ),
            "url_protocol": (
                media_public.split("://", 1)[0] + ":" if media_public else "https:"
            ),
        },
    }
    if media_public:
        origin = "/".join(media_public.split("/")[:3])
        CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"].append(origin)
        CONTENT_SECURITY_POLICY_ADMIN["img-src"].append(origin)
# Small deployments without a web server in front can let Django serve uploads.
SERVE_MEDIA = env_bool("SERVE_MEDIA", False)

WAGTAIL_SITE_NAME = env.get("WAGTAIL_SITE_NAME", "SEMPRE")
WAGTAILADMIN_BASE_URL = env.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILIMAGES_IMAGE_MODEL = "home.CustomImage"
# How long a public answer may be kept: by browsers, and by a shared cache such as
# Varnish (s-maxage). With purging on publish (FRONTEND_CACHE_URL) the second can be long.
BROWSER_CACHE_SECONDS = env_int("BROWSER_CACHE_SECONDS", 60)
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 300)

# Purging a frontend cache (Varnish, deploy/varnish/default.vcl) when pages change
# (discovery/frontend_cache.py): FRONTEND_CACHE_URL names it, several separated by
# commas; unset, nothing is purged. Each address is purged as it is, not once per
# language (the purge lists every language's own address).
WAGTAILFRONTENDCACHE = {
    f"cache{number}": {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": location,
    }
    for number, location in enumerate(env_list("FRONTEND_CACHE_URL"), start=1)
}
WAGTAILFRONTENDCACHE_LANGUAGES = []

# Caches: memory of each process by default. With REDIS_URL (redis://host:6379/0), Redis
# through Django's RedisCache, shared by every app server: the site's caches, Wagtail's
# (its site and settings lookups, renditions), template fragments and the sessions.
# A content image has up to nine renditions (three widths in AVIF, WebP and JPEG); in a
# cache of their own they cannot push the site and settings out of the default cache.
CACHE_KEY_PREFIX = env.get("CACHE_KEY_PREFIX", "portal")
if redis_url := env.get("REDIS_URL"):
    CACHES = {
        alias: {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": redis_url,
            "KEY_PREFIX": f"{CACHE_KEY_PREFIX}:{alias}",
        }
        for alias in ("default", "renditions", "template_fragments")
    }
    # Sessions read from Redis and kept in the database as well, so that a restart of
    # Redis signs nobody out.
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "renditions": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "renditions",
            "OPTIONS": {"MAX_ENTRIES": 20000},
        },
        # Replaced in production by files every worker shares (settings/production.py).
        "template_fragments": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "template_fragments",
            "OPTIONS": {"MAX_ENTRIES": 20000},
        },
    }
# Parts of pages (menus, footers, cards, pictures, related items) kept until the
# published content changes (home/fragments.py), at most this long; 0 switches them off.
FRAGMENT_CACHE_SECONDS = env_int("FRAGMENT_CACHE_SECONDS", 3600)
# The host name and port of the default Wagtail Site that load_demo makes: absolute
# addresses (canonical, sitemap, feeds) name them. `make run` sets them to its own.
SITE_HOSTNAME = env.get("SITE_HOSTNAME", "localhost")
SITE_PORT = env_int("SITE_PORT", 80)
WAGTAILIMAGES_IMAGE_FORM_BASE = "uploads.images.ImageForm"
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp", "avif"]
# About 8,000 × 5,000: more than any photo the site shows needs (uploads/images.py
# refuses larger ones before decoding them).
WAGTAILIMAGES_MAX_IMAGE_PIXELS = env_int("IMAGE_MAX_MEGAPIXELS", 40) * 1_000_000
# libavif's effort for AVIF renditions, 0 (smallest files) to 10 (fastest); unset:
# Pillow's default, 6 (uploads/avif.py).
IMAGE_AVIF_SPEED = env_int("IMAGE_AVIF_SPEED", None)
if IMAGE_AVIF_SPEED is not None and not 0 <= IMAGE_AVIF_SPEED <= 10:
    raise ImproperlyConfigured(
        f"IMAGE_AVIF_SPEED must be 0 to 10, not {IMAGE_AVIF_SPEED}"
    )
WAGTAILDOCS_DOCUMENT_MODEL = "home.CustomDocument"
# Upload rules (uploads/documents.py): these types only, content must match the extension.
WAGTAILDOCS_DOCUMENT_FORM_BASE = "uploads.documents.DocumentForm"
# The content type each kind of file is served with (Wagtail's serve view); PDFs open
# in the browser, the others download.
WAGTAILDOCS_CONTENT_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "odt": "application/vnd.oasis.opendocument.text",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "epub": "application/epub+zip",
    "mp4": "video/mp4",
}
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf"]
WAGTAILDOCS_EXTENSIONS = list(WAGTAILDOCS_CONTENT_TYPES)
WAGTAILDOCS_MAX_UPLOAD_SIZE = env_int("DOCUMENT_MAX_UPLOAD_MB", 50) * 1024 * 1024
# Documents go through Wagtail's serve view (privacy checks, download counts), never
# straight from the media folder.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# With DOCUMENTS_ACCEL_REDIRECT_URL (nginx's internal location for MEDIA_ROOT, such as
# /protected-media/), Django checks and counts a download and nginx sends the bytes,
# ranges included (django-sendfile2's X-Accel-Redirect; deploy/nginx/portal.conf).
if accel_redirect_url := env.get("DOCUMENTS_ACCEL_REDIRECT_URL"):
    SENDFILE_BACKEND = "django_sendfile.backends.nginx"
    SENDFILE_ROOT = str(MEDIA_ROOT)
    SENDFILE_URL = accel_redirect_url.rstrip("/")
WAGTAIL_ALLOW_UNICODE_SLUGS = False
# Wagtail's database search, with a stemmer per language on PostgreSQL; with
# ELASTICSEARCH_URL, Elasticsearch 8 with an analyzer per language (docs/search.md).
# The search log (search/query_log.py): at most this many different new queries a
# day, kept this many days (pruned by manage.py searchpromotions_garbage_collect).
SEARCH_LOG_NEW_QUERIES_PER_DAY = env_int("SEARCH_LOG_NEW_QUERIES_PER_DAY", 500)
WAGTAILSEARCH_HITS_MAX_AGE = env_int("SEARCH_LOG_DAYS", 30)
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backends.database"}}
if es_url := env.get("ELASTICSEARCH_URL"):
    WAGTAILSEARCH_BACKENDS["default"] = {
        "BACKEND": "search.backends.elasticsearch8",
        "URLS": [es_url],
        "INDEX_PREFIX": env.get("ELASTICSEARCH_INDEX", "portal") + "_",
        "TIMEOUT": env_int("ELASTICSEARCH_TIMEOUT", 5),
    }

WAGTAILADMIN_RICH_TEXT_EDITORS = {
    "default": {
        "WIDGET": "wagtail.admin.rich_text.DraftailRichTextArea",
        "OPTIONS": {
            "features": [
                "h2",
                "h3",
                "bold",
                "italic",
                "ol",
                "ul",
                "link",
                "document-link",
            ]
        },
    }
}

# Listings: how many items a page of results shows.
PORTAL_PAGE_SIZE = int(env.get("PORTAL_PAGE_SIZE", "12"))

DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024

# Mail: review notifications to each language's moderators. SMTP from the environment
# (development prints mails to the console instead, see dev.py).
EMAIL_BACKEND = env.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = env.get("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", False)
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 10)
DEFAULT_FROM_EMAIL = env.get("DEFAULT_FROM_EMAIL", "webmaster@localhost")
# The contact form takes at most this many messages from one address in the window
# (seconds); more get a form error (429) in the visitor's language.
CONTACT_FORM_LIMIT = env_int("CONTACT_FORM_LIMIT", 5)
CONTACT_FORM_WINDOW = env_int("CONTACT_FORM_WINDOW", 3600)
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL
LOGIN_URL = "wagtailadmin_login"

# Logs go to stdout: one JSON object a line with LOG_FORMAT=json (production's
# default, portal/logs.py), plain lines otherwise.
LOG_FORMAT = env.get("LOG_FORMAT") or "text"
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "json": {"()": "portal.logs.JsonFormatter"},
        "text": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stdout",
            "formatter": "json" if LOG_FORMAT == "json" else "text",
        }
    },
    "root": {"handlers": ["console"], "level": env.get("LOG_LEVEL", "WARNING")},
    # Failed sign-ins and lockouts are warnings; the rest of axes is chatter.
    "loggers": {"axes": {"level": "WARNING"}},
}

# Errors to Sentry when SENTRY_DSN is set (portal/monitoring.py).
if sentry_dsn := env.get("SENTRY_DSN"):
    from portal.monitoring import start_sentry

    start_sentry(
        sentry_dsn,
        environment=env.get("SENTRY_ENVIRONMENT", "production"),
        release=env.get("SENTRY_RELEASE", ""),
        traces_sample_rate=float(env.get("SENTRY_TRACES_SAMPLE_RATE", "0")),
    )
