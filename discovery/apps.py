from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DiscoveryConfig(AppConfig):
    """How the site is found and reused: page metadata and JSON-LD, the sitemap,
    feeds, the API and the project export."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "discovery"
    verbose_name = _("Discovery")
