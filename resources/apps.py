from django.apps import AppConfig


class ResourcesConfig(AppConfig):
    """Downloadable project outputs."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "resources"
