from django.apps import AppConfig


class ResourcesConfig(AppConfig):
    """Downloadable project outputs."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "resources"

    def ready(self):
        # Signal handlers are connected once the models are loaded (Django's idiom).
        from .signals import connect

        connect()
