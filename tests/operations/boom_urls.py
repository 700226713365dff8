"""A URL that fails, for the error-report test."""

from django.urls import path


def boom(request):
    raise ValueError("Aanmelding van jan.jansen@example.nl vanaf 203.0.113.7 liep vast")


urlpatterns = [path("boem/", boom)]
