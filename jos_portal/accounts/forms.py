"""The admin login form with an optional TOTP code (django-otp)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms.auth import LoginForm

from django_otp import match_token, user_has_device


class TwoFactorLoginForm(LoginForm):
    """Username and password as usual; users with a confirmed authenticator app must also
    give its current six-digit code. The device is remembered in the session by django-otp's
    login signal (user.otp_device)."""

    otp_token = forms.CharField(
        label=_("Verificatiecode"),
        required=False,
        max_length=8,
        help_text=_("Alleen als je tweestapsverificatie gebruikt: de code uit je app."),
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Wagtail's password field has no label of its own, so Django shows the untranslated
        # field name ("Password").
        self.fields["password"].label = _("Wachtwoord")

    def clean(self):
        cleaned_data = super().clean()
        user = self.get_user()
        if user is not None and user_has_device(user):
            token = cleaned_data.get("otp_token", "").strip()
            if not token:
                raise forms.ValidationError(
                    _("Vul ook de verificatiecode uit je authenticator-app in."),
                    code="token_required",
                )
            device = match_token(user, token)
            if device is None:
                raise forms.ValidationError(
                    _("Deze verificatiecode klopt niet of is verlopen. Probeer de volgende."),
                    code="invalid_token",
                )
            user.otp_device = device
        return cleaned_data
