from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CurriculumConfig(AppConfig):
    """What is taught: lesson plans and instructor training, as Wagtail pages."""

    name = "curriculum"
    verbose_name = _("Curriculum")

    def ready(self):
        from curriculum.caching import connect_signals

        connect_signals()
