from django.urls import path

from . import views

app_name = "workshops"

urlpatterns = [
    path("", views.workplace_list, name="list"),
    path("<slug:slug>/", views.workplace_detail, name="workplace"),
    path("<slug:workplace>/<slug:slug>/", views.session_detail, name="session"),
]
