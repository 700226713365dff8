"""Wagtail's document URLs (/documenten/...) with the serve view of
jos_portal/accounts/documents.py; same names, so document.url is unchanged."""

from django.urls import path, re_path

from wagtail.documents.views.serve import authenticate_with_password

from .documents import serve_document

urlpatterns = [
    re_path(r"^(\d+)/(.*)$", serve_document, name="wagtaildocs_serve"),
    path(
        "authenticate_with_password/<int:restriction_id>/",
        authenticate_with_password,
        name="wagtaildocs_authenticate_with_password",
    ),
]
