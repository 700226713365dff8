"""Admin users in a group that must use two-factor authentication get no further than the
set-up page until their session is verified with a TOTP code."""

from django.conf import settings
from django.shortcuts import redirect
from django.urls import reverse


def requires_two_factor(user):
    if not user.is_authenticated:
        return False
    return user.groups.filter(name__in=settings.TWO_FACTOR_REQUIRED_GROUPS).exists()


class RequireTwoFactorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    @staticmethod
    def allowed(path):
        """The set-up page itself, logging in and out, and what Wagtail serves without a
        login: the icon sprite and the script translations that every admin page (the set-up
        page too) loads, and the password reset pages."""
        names = (
            "wagtailadmin_login",
            "wagtailadmin_logout",
            "accounts_two_factor",
            "wagtailadmin_sprite",
            "wagtailadmin_javascript_catalog",
        )
        return path in {reverse(name) for name in names} or path.startswith(
            reverse("wagtailadmin_password_reset")
        )

    def __call__(self, request):
        admin_root = reverse("wagtailadmin_home")
        if request.path.startswith(admin_root):
            user = request.user
            if (
                not self.allowed(request.path)
                and requires_two_factor(user)
                and not user.is_verified()
            ):
                return redirect("accounts_two_factor")
        return self.get_response(request)
