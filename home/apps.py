from django.apps import AppConfig


class HomeConfig(AppConfig):
    """Home page, standard pages, shared blocks, snippets and site settings."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "home"

    def ready(self):
        # Signal handlers connect once the models are loaded (Django's idiom).
        from . import signals  # noqa: F401
