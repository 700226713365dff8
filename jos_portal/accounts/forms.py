"""The admin login form with the TOTP code (django-otp) in the same step as the password."""

from django import forms
from django.contrib.auth.signals import user_login_failed
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms.auth import LoginForm

from django_otp import match_token, user_has_device


class TwoFactorLoginForm(LoginForm):
    """Username and password as usual; users with a confirmed authenticator app must also
    give its current six-digit code. The device is remembered in the session by django-otp's
    login signal (user.otp_device).

    Every failure (wrong password, code missing, wrong code) gives the same message, so the
    form never tells that a password was right; a failed code counts as a failed login for
    the lock-out (django-axes listens to ``user_login_failed``)."""

    error_messages = {
        **LoginForm.error_messages,
        "invalid_login": _(
            "Je gebruikersnaam, wachtwoord of verificatiecode klopt niet. Probeer het opnieuw."
        ),
    }

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
        if user is not None and user_has_device(user, confirmed=True):
            token = (cleaned_data.get("otp_token") or "").strip()
            device = match_token(user, token) if token else None
            if device is None:
                self.user_cache = None
                user_login_failed.send(
                    sender=__name__,
                    credentials={"username": cleaned_data.get("username")},
                    request=self.request,
                )
                raise self.get_invalid_login_error()
            user.otp_device = device
        return cleaned_data
