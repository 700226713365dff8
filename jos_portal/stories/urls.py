from django.urls import path

from . import views

app_name = "stories"

urlpatterns = [
    path("", views.tip_list, name="tips"),
]
