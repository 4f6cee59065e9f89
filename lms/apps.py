from django.apps import AppConfig
from django.contrib.auth.signals import user_logged_in
from django.db.models.signals import post_migrate, post_save


class LmsConfig(AppConfig):
    """The site itself and delivery tracking: who taught which lesson, where, how well."""

    name = "lms"
    label = "lms"
    verbose_name = "ECIP delivery"

    def ready(self):
        from wagtail import hooks

        from curriculum.models import CurriculumIndexPage, TrainingProgrammePage
        from lms.home_panels import role_panels
        from lms.imports.audit import register_log_actions
        from lms.permissions import register_policies
        from lms.progress import rollups
        from lms.roles import assign_curriculum_workflow, ensure_roles
        from lms.typed_forms import keep_for_this_login

        register_policies()
        user_logged_in.connect(keep_for_this_login)
        rollups.connect_signals()

        # Groups and their permissions are rebuilt after every migrate, so a fresh
        # database (a new install, a test run) always has the same roles.
        post_migrate.connect(ensure_roles, sender=self)
        for page_class in (CurriculumIndexPage, TrainingProgrammePage):
            post_save.connect(assign_curriculum_workflow, sender=page_class)
        hooks.register("ecip_home_panels", role_panels)
        hooks.register("register_log_actions", register_log_actions)
