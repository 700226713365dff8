from django.urls import path

from . import views

app_name = "discovery"

urlpatterns = [
    path("factoren/", views.factor_map, name="factor_map"),
    path("factoren/<slug:slug>/", views.factor_detail, name="factor"),
]
