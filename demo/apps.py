from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DemoConfig(AppConfig):
    """The SEMPRE demo site: the load_demo command, its content and its translations."""

    name = "demo"
    verbose_name = _("Demo content")
