from django.apps import AppConfig


class EditorialConfig(AppConfig):
    """Country teams, the locale guard, the review of translations and the reports
    editors work with."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "editorial"
