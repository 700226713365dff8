"""The "Open data" page: what the API offers, under which licence, with examples."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from .api import MAX_LIMIT, api, open_data_licence

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
            docs_url=reverse("api_docs"),
            swagger_url=reverse("api:openapi-view"),
            endpoints=[(root + path, label) for path, label in ENDPOINTS],
            examples=[
                (self.request.build_absolute_uri(root + path), label) for path, label in EXAMPLES
            ],
            licence=open_data_licence(),
            max_limit=MAX_LIMIT,
            **kwargs,
        )


def _type_of(schema):
    """A readable type for a JSON-schema fragment: 'tekst', 'geheel getal', 'lijst van …'."""
    if not schema:
        return ""
    if "$ref" in schema:
        return schema["$ref"].rsplit("/", 1)[-1]
    if "anyOf" in schema:
        kinds = [_type_of(option) for option in schema["anyOf"] if option.get("type") != "null"]
        return " of ".join(kind for kind in kinds if kind)
    names = {
        "string": _("tekst"),
        "integer": _("geheel getal"),
        "number": _("getal"),
        "boolean": _("ja/nee"),
        "object": _("object"),
    }
    if schema.get("type") == "array":
        return f"{_('lijst van')} {_type_of(schema.get('items', {}))}"
    kind = str(names.get(schema.get("type"), schema.get("type", "")))
    if schema.get("format") == "date":
        kind = str(_("datum (JJJJ-MM-DD)"))
    elif schema.get("format") in ("uri", "url"):
        kind = str(_("webadres"))
    return kind


def _response_schema(operation):
    content = operation.get("responses", {}).get("200", {}).get("content", {})
    schema = content.get("application/json", {}).get("schema", {})
    return _type_of(schema), schema.get("$ref", "").rsplit("/", 1)[-1]


class ApiDocsView(TemplateView):
    """The API's documentation as a page of the site: every endpoint with its parameters
    and the fields of its answer, read from the same OpenAPI schema the API serves, in the
    site's header and footer, readable with a screen reader and on a phone. The interactive
    Swagger UI stays available for developers who want to try calls."""

    template_name = "api/docs.html"

    def get_context_data(self, **kwargs):
        schema = api.get_openapi_schema()
        components = schema.get("components", {}).get("schemas", {})
        endpoints = []
        for path, operations in schema["paths"].items():
            operation = operations.get("get")
            if not operation:
                continue
            returns, component = _response_schema(operation)
            endpoints.append(
                {
                    "path": path,
                    "anchor": path.strip("/").replace("/", "-").replace("{", "").replace("}", ""),
                    "summary": operation.get("summary", ""),
                    "description": operation.get("description", ""),
                    "parameters": [
                        {
                            "name": parameter["name"],
                            "where": _("in het pad")
                            if parameter["in"] == "path"
                            else _("in de query"),
                            "required": parameter.get("required", False),
                            "type": _type_of(parameter.get("schema", {})),
                            "choices": parameter.get("schema", {}).get("enum", []),
                            "description": parameter.get("description", "")
                            or parameter.get("schema", {}).get("description", ""),
                        }
                        for parameter in operation.get("parameters", [])
                    ],
                    "returns": returns,
                    "component": component,
                }
            )
        used = {endpoint["component"] for endpoint in endpoints if endpoint["component"]}
        models = [
            {
                "name": name,
                "fields": [
                    {
                        "name": field,
                        "type": _type_of(spec),
                        "description": spec.get("description", "") or spec.get("title", ""),
                        "required": field in components[name].get("required", []),
                    }
                    for field, spec in components[name].get("properties", {}).items()
                ],
            }
            for name in sorted(used)
            if name in components
        ]
        return super().get_context_data(
            info=schema["info"],
            endpoints=endpoints,
            models=models,
            schema_url=reverse("api:openapi-json"),
            swagger_url=reverse("api:openapi-view"),
            **kwargs,
        )
