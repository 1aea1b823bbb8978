from django.apps import AppConfig


class NewsConfig(AppConfig):
    """News items and their index."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "news"
