"""One authentication backend: Django's model backend behind django-axes' lock-out check."""

from django.contrib.auth.backends import ModelBackend

from axes.backends import AxesStandaloneBackend


class LockoutBackend(AxesStandaloneBackend, ModelBackend):
    """Every login over HTTP (Wagtail's login view) passes the request and is refused while
    that username + IP address is locked out. Code that authenticates without a request
    (``manage.py shell``, the test client's ``login()``) has no address to lock out, so only
    the password is checked there; axes on its own would refuse it outright.

    One backend rather than axes' recommended pair, because Wagtail's test utilities (and
    ``force_login``) take the first backend in the list as the session's backend."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is not None:
            # Raises AxesBackendPermissionDenied when locked out; returns None otherwise.
            AxesStandaloneBackend.authenticate(
                self, request, username=username, password=password, **kwargs
            )
        return ModelBackend.authenticate(
            self, request, username=username, password=password, **kwargs
        )
