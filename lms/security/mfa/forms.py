"""The two forms of two-factor authentication: confirm a new authenticator, verify a login."""

import django_otp
from django import forms
from django.utils.translation import gettext_lazy as _
from django_otp.plugins.otp_totp.models import TOTPDevice

from . import devices

CODE_WIDGET_ATTRS = {
    "autocomplete": "one-time-code",
    "autocapitalize": "off",
    "spellcheck": "false",
    "autofocus": True,
}


class EnrolmentForm(forms.Form):
    """A code from the newly scanned app proves the phone holds the secret before it is saved."""

    code = forms.CharField(
        label=_("6-digit code from the app"),
        max_length=20,
        widget=forms.TextInput(attrs={**CODE_WIDGET_ATTRS, "inputmode": "numeric"}),
    )

    def __init__(self, *args, hex_key, **kwargs):
        super().__init__(*args, **kwargs)
        self.hex_key = hex_key
        self.time_step = None

    def clean_code(self):
        code = self.cleaned_data["code"]
        self.time_step = devices.matching_time_step(self.hex_key, code)
        if self.time_step is None:
            raise forms.ValidationError(
                _(
                    "That code does not match. Enter the 6 digits the app shows now for "
                    "ECIP LMS (they change every 30 seconds); if it still fails, check that "
                    "the phone's clock is set automatically."
                ),
                code="invalid",
            )
        return code


class VerificationForm(forms.Form):
    """A code from the authenticator app, or one unused backup code."""

    code = forms.CharField(
        label=_("Code"),
        help_text=_(
            "The 6-digit code your authenticator app shows for ECIP LMS, or one of your "
            "backup codes (like abcd-efgh)."
        ),
        max_length=20,
        widget=forms.TextInput(attrs=CODE_WIDGET_ATTRS),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.device = None

    def clean_code(self):
        code = devices.normalise_code(self.cleaned_data["code"])
        is_totp_code = code.isdigit() and len(code) == 6
        for device in devices.confirmed_devices(self.user):
            if isinstance(device, TOTPDevice) != is_totp_code:
                continue
            allowed, _details = device.verify_is_allowed()
            if not allowed:
                raise forms.ValidationError(
                    _("Too many wrong codes in a row. Wait a few seconds, then try again."),
                    code="throttled",
                )
            # django-otp's own path: locks the device row, checks, and records the use
            # (a TOTP code's time step, or deletes the backup code) in one transaction.
            verified = django_otp.verify_token(self.user, device.persistent_id, code)
            if verified is not None:
                self.device = verified
                return code
        raise forms.ValidationError(
            _(
                "That code is not right, or it has already been used. Enter the code your "
                "app shows now (it changes every 30 seconds) or an unused backup code."
            ),
            code="invalid",
        )
