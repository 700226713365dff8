"""The second factor, whatever way someone logged in.

A user who has linked an authenticator app, a superuser, and a member of a group in
``TWO_FACTOR_REQUIRED_GROUPS`` count as logged in only once their session is verified with
a TOTP code. The admin login asks the code in the same form as the password; a session
that got past a password alone (another login view, a script) is sent to the code page in
the admin and treated as not logged in everywhere else (restricted pages and documents).
"""

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.shortcuts import redirect
from django.urls import reverse

from django_otp import user_has_device


def requires_two_factor(user):
    """Whether this user must use two-factor authentication (superusers and the groups in
    ``TWO_FACTOR_REQUIRED_GROUPS``), whether or not they have set it up."""
    if not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    return user.groups.filter(name__in=settings.TWO_FACTOR_REQUIRED_GROUPS).exists()


def needs_second_factor(user):
    """Whether a session of this user counts only once verified: they must use two-factor
    authentication, or they turned it on themselves."""
    return requires_two_factor(user) or (
        user.is_authenticated and user_has_device(user, confirmed=True)
    )


def anonymous_user():
    user = AnonymousUser()
    user.otp_device = None
    user.is_verified = lambda: False
    return user


class RequireTwoFactorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    @staticmethod
    def allowed(path):
        """The set-up page itself, logging out, and what Wagtail serves without a login:
        the icon sprite and the script translations that every admin page (the set-up page
        too) loads, and the password reset pages."""
        names = (
            "wagtailadmin_logout",
            "accounts_two_factor",
            "wagtailadmin_sprite",
            "wagtailadmin_javascript_catalog",
        )
        return path in {reverse(name) for name in names} or path.startswith(
            reverse("wagtailadmin_password_reset")
        )

    def __call__(self, request):
        user = request.user
        if (
            user.is_authenticated
            and not user.is_verified()
            and not self.allowed(request.path)
            and needs_second_factor(user)
        ):
            if request.path.startswith(reverse("wagtailadmin_home")):
                return redirect("accounts_two_factor")
            # Outside the admin a half-finished login is no login at all.
            request.user = anonymous_user()

            async def auser():
                return request.user

            request.auser = auser
        return self.get_response(request)
