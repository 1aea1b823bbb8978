from django.apps import AppConfig


class PartnersConfig(AppConfig):
    """Partners, local empowerment networks and micro-project case stories."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "partners"
