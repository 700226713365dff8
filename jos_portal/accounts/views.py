"""Setting up and confirming two-factor authentication (TOTP) in the admin."""

import base64

from django import forms
from django.contrib import messages
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

import segno
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

from .middleware import requires_two_factor

DEVICE_NAME = "Authenticator-app"


class TokenForm(forms.Form):
    token = forms.CharField(
        label=gettext_lazy("Verificatiecode"),
        max_length=8,
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code", "inputmode": "numeric"}),
    )


def qr_svg(data):
    """The setup link as a QR code, inline SVG made on the server: the secret never leaves
    the portal for a QR service."""
    return mark_safe(  # noqa: S308  (segno's own markup of our own data)
        segno.make(data, error="m").svg_inline(scale=5, border=2, dark="#000", light="#fff")
    )


def two_factor(request):
    """Link an authenticator app (first time) or confirm this session with a code."""
    user = request.user
    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    setting_up = device is None
    if setting_up:
        device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
        if device is None:
            device = TOTPDevice.objects.create(user=user, name=DEVICE_NAME, confirmed=False)

    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if device.verify_token(form.cleaned_data["token"].strip()):
            if setting_up:
                device.confirmed = True
                device.save(update_fields=["confirmed"])
            otp_login(request, device)
            messages.success(request, _("Tweestapsverificatie is actief voor deze sessie."))
            return redirect("wagtailadmin_home")
        form.add_error("token", _("Deze code klopt niet of is verlopen. Probeer de volgende."))

    context = {
        "qr_code": qr_svg(device.config_url) if setting_up else "",
        "form": form,
        "setting_up": setting_up,
        "required": requires_two_factor(user),
        "secret": base64.b32encode(device.bin_key).decode() if setting_up else "",
        "config_url": device.config_url if setting_up else "",
    }
    return TemplateResponse(request, "accounts/two_factor.html", context)
