"""The "Open data" page: what the API offers, under which licence, with examples."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from .api import MAX_LIMIT, open_data_licence

# (path below /api/v1/, what it gives); tests fetch every example.
ENDPOINTS = [
    ("practices/", _("praktijkvoorbeelden, met dezelfde filters als de lijst op de site")),
    ("practices/<slug>/", _("één praktijkvoorbeeld, met contactpersoon als die toestemming gaf")),
    ("workplaces/", _("de werkplaatsen Tilburg en Utrecht")),
    ("workplaces/<slug>/", _("één werkplaats met haar gepubliceerde sessies")),
    ("sessions/", _("werkplaatssessies; filters werkplaats, vorm en onderwerp")),
    ("sessions/<werkplaats>/<slug>/", _("één sessie met haar bevindingen per factor")),
    ("factors/", _("werkzame factoren; filters soort en onderwerp")),
    ("factors/<slug>/", _("één factor")),
    ("publications/", _("publicaties; filters soort, jaar en onderwerp")),
    ("publications/<slug>/", _("één publicatie met hoofdstukken, lessen en bronnen")),
    ("topics/", _("onderwerpen in gebruik, met aantallen per soort")),
    ("topics/<slug>/", _("één onderwerp met aantallen")),
    ("regions/provinces/", _("de twaalf provincies met CBS-code")),
    ("regions/provinces/<slug>/", _("één provincie met haar gemeenten")),
    (
        "regions/municipalities/",
        _("gemeenten met CBS-code, jeugdregio, GGD-regio, COROP en veiligheidsregio"),
    ),
    ("regions/municipalities/<slug of code>/", _("één gemeente, bijv. GM0855")),
]

EXAMPLES = [
    (
        "practices/?provincie=noord-brabant&schooltype=havo",
        _("praktijkvoorbeelden uit Noord-Brabant op havo-scholen"),
    ),
    ("practices/?q=pauze&sorteer=relevantie&limit=5", _("de vijf beste treffers voor ‘pauze’")),
    (
        "sessions/?werkplaats=voorbeeldwerkplaats",
        _("de sessies van de Voorbeeldwerkplaats (fictief voorbeeld)"),
    ),
    ("regions/municipalities/GM0855/", _("Tilburg met haar regio-indelingen")),
]


class OpenDataView(TemplateView):
    template_name = "api/open_data.html"

    def get_context_data(self, **kwargs):
        root = reverse("api:api-root")
        return super().get_context_data(
            api_root=self.request.build_absolute_uri(root),
            schema_url=reverse("api:openapi-json"),
            docs_url=reverse("api:openapi-view"),
            endpoints=[(root + path, label) for path, label in ENDPOINTS],
            examples=[
                (self.request.build_absolute_uri(root + path), label) for path, label in EXAMPLES
            ],
            licence=open_data_licence(),
            max_limit=MAX_LIMIT,
            **kwargs,
        )
