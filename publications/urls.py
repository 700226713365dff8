from django.urls import path

from . import views
from .feeds import PublicationFeed

app_name = "publications"

urlpatterns = [
    path("", views.publication_list, name="list"),
    path("feed/", PublicationFeed(), name="feed"),
    path("<slug:slug>/", views.publication_detail, name="detail"),
    path("<slug:slug>/citeer.bib", views.cite_bibtex, name="bibtex"),
    path("<slug:slug>/citeer.ris", views.cite_ris, name="ris"),
]
