from django.urls import path

from . import views

app_name = "practices"

urlpatterns = [
    path("", views.practice_list, name="list"),
    path("export.csv", views.export_csv, name="export_csv"),
    path("export.xlsx", views.export_xlsx, name="export_xlsx"),
    path("feed/", views.PracticeFeed(), name="feed"),
    path("vergelijk/", views.compare, name="compare"),
    path("aanmelden/", views.submit_practice, name="submit"),
    path("aanmelden/bedankt/", views.submit_thanks, name="submit_thanks"),
    path("<slug:slug>/", views.practice_detail, name="detail"),
]
