"""Lift a login lockout and reset someone's two-factor authentication from the admin.

A lockout (django-axes: too many wrong passwords for one name from one address) otherwise
ends only after ``AXES_COOLOFF_HOURS`` or with ``manage.py axes_reset``; a lost phone only
with ``manage.py reset_two_factor``. Whoever manages accounts (``auth.change_user``: the
Beheerder, a superuser) does both here:

- lifting a lockout gives no rights (the password, and the code where needed, are still
  asked), so it is open for every account;
- a two-factor reset weakens an account until its owner links a new app, so it follows the
  rule of the user screens: only for accounts the manager may manage (``users.may_manage``).

Both are POST only, logged, and confirmed with a Dutch message.
"""

import logging

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from axes.models import AccessAttempt
from axes.utils import reset as axes_reset
from django_otp.plugins.otp_totp.models import TOTPDevice

from .roles import grantable_roles
from .users import may_manage

logger = logging.getLogger("jos.security")

PERMISSION = "auth.change_user"


def may_manage_access(user):
    return user.is_active and user.has_perm(PERMISSION)


def _require(request):
    if not may_manage_access(request.user):
        raise PermissionDenied


def active_lockouts():
    """Attempts that block a login now: at the failure limit and within the cool-off."""
    cooloff = getattr(settings, "AXES_COOLOFF_TIME", None)
    attempts = AccessAttempt.objects.filter(failures_since_start__gte=settings.AXES_FAILURE_LIMIT)
    if cooloff:
        attempts = attempts.filter(
            attempt_time__gte=timezone.now() - timezone.timedelta(hours=float(cooloff))
        )
    return attempts.order_by("-attempt_time")


class AccountForm(forms.Form):
    user = forms.IntegerField(min_value=1)


class LockoutForm(forms.Form):
    attempt = forms.IntegerField(min_value=1)


def overview(request):
    _require(request)
    User = get_user_model()
    with_app = (
        User.objects.filter(totpdevice__confirmed=True)
        .distinct()
        .prefetch_related("groups")
        .order_by("username")
    )
    grantable = grantable_roles(request.user)  # once, not per row
    accounts = [
        {"user": user, "may_reset": may_manage(request.user, user, grantable)} for user in with_app
    ]
    return TemplateResponse(
        request,
        "accounts/access.html",
        {"lockouts": active_lockouts(), "accounts": accounts, "limit": settings.AXES_FAILURE_LIMIT},
    )


@require_POST
def lift_lockout(request):
    _require(request)
    form = LockoutForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Deze blokkade bestaat niet (meer)."))
        return redirect("accounts_access")
    attempt = AccessAttempt.objects.filter(pk=form.cleaned_data["attempt"]).first()
    if attempt is None:
        messages.error(request, _("Deze blokkade bestaat niet (meer)."))
        return redirect("accounts_access")
    axes_reset(ip=attempt.ip_address, username=attempt.username)
    logger.info("Blokkade opgeheven voor %s door %s", attempt.username, request.user.get_username())
    messages.success(
        request,
        _("De blokkade van '%(name)s' is opgeheven; inloggen kan weer.")
        % {"name": attempt.username},
    )
    return redirect("accounts_access")


@require_POST
def reset_two_factor(request):
    _require(request)
    form = AccountForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Deze gebruiker bestaat niet."))
        return redirect("accounts_access")
    account = get_object_or_404(get_user_model(), pk=form.cleaned_data["user"])
    if not may_manage(request.user, account):
        raise PermissionDenied
    deleted, _details = TOTPDevice.objects.filter(user=account).delete()
    logger.info(
        "Tweestapsverificatie gereset voor %s door %s (%d apparaten)",
        account.get_username(),
        request.user.get_username(),
        deleted,
    )
    messages.success(
        request,
        _(
            "De tweestapsverificatie van '%(name)s' is gereset. Bij de volgende keer inloggen "
            "koppelt deze gebruiker een nieuwe authenticator-app."
        )
        % {"name": account.get_username()},
    )
    return redirect("accounts_access")
