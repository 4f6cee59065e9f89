from django.apps import AppConfig


class HomeConfig(AppConfig):
    """The home page: where each role starts."""

    name = "home"
    verbose_name = "Home"
