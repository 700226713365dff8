"""URL map of the portal (DESIGN.md). Dutch at /, English interface under /en/."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from django.views.generic import RedirectView, TemplateView

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap

from jos_portal.api.api import api
from jos_portal.api.views import ApiDocsView, OpenDataView
from jos_portal.discovery.sitemaps import SITEMAPS
from jos_portal.operations import views as operations
from jos_portal.operations.metrics import metrics_view

handler500 = "jos_portal.operations.middleware.server_error"

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documenten/", include("jos_portal.accounts.document_urls")),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    path("healthz", operations.healthz, name="healthz"),
    path("readyz", operations.readyz, name="readyz"),
    path("metrics", metrics_view, name="metrics"),
    path(".well-known/security.txt", operations.security_txt, name="security_txt"),
    path("api/v1/docs", ApiDocsView.as_view(), name="api_docs"),
    path("api/v1/", api.urls),
    path(
        "robots.txt",
        TemplateView.as_view(template_name="robots.txt", content_type="text/plain"),
        name="robots_txt",
    ),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += i18n_patterns(
    path("praktijkvoorbeelden/", include("practices.urls")),
    path("werkplaatsen/", include("workshops.urls")),
    path("publicaties/", include("publications.urls")),
    path("", include("jos_portal.discovery.urls")),
    path("open-data/", OpenDataView.as_view(), name="open_data"),
    path("tips/", include("jos_portal.stories.urls")),
    path("volgen/", include("jos_portal.alerts.urls")),
    path(
        "feed-opmaak.xsl",
        TemplateView.as_view(
            template_name="feeds/atom.xsl", content_type="text/xsl; charset=utf-8"
        ),
        name="feed_stylesheet",
    ),
    # One login, the admin's, which asks the second factor: Wagtail's password-only
    # front-end login is never served.
    path(
        "_util/login/",
        RedirectView.as_view(pattern_name="wagtailadmin_login", query_string=True),
    ),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
