"""The app config that replaces `wagtail.users` in INSTALLED_APPS, so the admin's user
screens use lms.security.users.UserViewSet (Wagtail's documented way to customise them).

Kept in a module of its own: Django imports it while reading INSTALLED_APPS, before any
model may be imported, and an apps.py holding two AppConfig classes would make Django
guess which one is the app's.
"""

from wagtail.users.apps import WagtailUsersAppConfig


class UsersConfig(WagtailUsersAppConfig):
    user_viewset = "lms.security.users.UserViewSet"
