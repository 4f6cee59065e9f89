from django.apps import AppConfig


class CurriculumConfig(AppConfig):
    """What is taught: lesson plans and instructor training, as Wagtail pages."""

    name = "curriculum"
    verbose_name = "Curriculum"
