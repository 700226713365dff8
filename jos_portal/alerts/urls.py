from django.urls import path

from . import views

app_name = "alerts"

urlpatterns = [
    path("", views.follow, name="follow"),
    path("attendering/", views.subscribe, name="subscribe"),
    path("attendering/kijk-in-je-mail/", views.check_mail, name="check_mail"),
    path("bevestigen/<str:token>/", views.confirm, name="confirm"),
    path("mijn-attenderingen/<str:token>/", views.manage, name="manage"),
    path("afmelden/<str:token>/", views.unsubscribe, name="unsubscribe"),
]
