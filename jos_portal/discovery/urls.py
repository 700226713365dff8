from django.urls import path

from . import views
from .feeds import EverythingNewFeed

app_name = "discovery"

urlpatterns = [
    path("factoren/", views.factor_map, name="factor_map"),
    path("factoren/<slug:slug>/", views.factor_detail, name="factor"),
    path("onderwerpen/", views.topic_index, name="topics"),
    path("onderwerpen/<str:slug>/", views.topic_detail, name="topic"),
    path("regio/", views.region_index, name="regions"),
    path("regio/<slug:province>/", views.province_detail, name="province"),
    path(
        "regio/<slug:province>/<slug:municipality>/",
        views.municipality_detail,
        name="municipality",
    ),
    path("zoeken/", views.search, name="search"),
    path("sitemap/", views.sitemap_page, name="sitemap_page"),
    path("voor-gemeenten/", views.municipality_guide, name="municipality_guide"),
    path("leeswijzer/", views.reading_guide, name="reading_guide"),
    path("zoeken/suggesties/", views.search_suggestions, name="search_suggestions"),
    path("feed/", EverythingNewFeed(), name="feed"),
]
