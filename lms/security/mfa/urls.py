from django.urls import path

from . import views

urlpatterns = [
    path("", views.account, name="account"),
    path("password/", views.PasswordChangeView.as_view(), name="password_change"),
    path("two-factor/setup/", views.setup, name="mfa_setup"),
    path("two-factor/verify/", views.verify, name="mfa_verify"),
    path("two-factor/backup-codes/", views.backup_codes, name="mfa_backup_codes"),
    path("two-factor/turn-off/", views.disable, name="mfa_disable"),
]
