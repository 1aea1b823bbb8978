from django.apps import AppConfig


class DemoConfig(AppConfig):
    """The SEMPRE demo site: the load_demo command, its content and its translations."""

    name = "demo"
