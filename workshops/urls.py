from django.urls import path

from . import views
from .feeds import SessionFeed

app_name = "workshops"

urlpatterns = [
    path("", views.workplace_list, name="list"),
    path("feed/", SessionFeed(), name="feed"),
    path("<slug:slug>/", views.workplace_detail, name="workplace"),
    path("<slug:workplace>/<slug:slug>/", views.session_detail, name="session"),
]
