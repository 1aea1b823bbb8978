from django.apps import AppConfig


class DiscoveryConfig(AppConfig):
    """How the site is found and reused: page metadata and JSON-LD, the sitemap,
    feeds, the API and the project export."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "discovery"

    def ready(self):
        # Here, not at the top: the purge reads page models and URL patterns, which
        # exist only once the apps are loaded.
        from . import frontend_cache

        frontend_cache.connect()
