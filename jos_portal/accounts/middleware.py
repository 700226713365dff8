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

    def __call__(self, request):
        admin_root = reverse("wagtailadmin_home")
        if request.path.startswith(admin_root):
            user = request.user
            allowed = {
                reverse("wagtailadmin_login"),
                reverse("wagtailadmin_logout"),
                reverse("accounts_two_factor"),
            }
            if request.path not in allowed and requires_two_factor(user) and not user.is_verified():
                return redirect("accounts_two_factor")
        return self.get_response(request)
