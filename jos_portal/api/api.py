"""The read-only open-data API at /api/v1/ (django-ninja), with its OpenAPI schema.

Only what the public pages show: published records, contact details only with consent.
The practice list takes the public list's query string (practices.filters parses it),
but where the web page drops an unknown value with a message, the API answers 400:
a program should hear about a typo rather than silently get everything.
Every list runs a fixed number of queries, whatever the page size.
"""

from typing import Literal

from django.db.models import Count, Max, Prefetch, Q
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import gettext as _

from wagtail.rich_text import expand_db_html

from ninja import NinjaAPI, Path, Query
from ninja.openapi.docs import Swagger
from taggit.models import Tag

from jos_portal.core.models import ContentPageTag
from jos_portal.core.visibility import public_page_q
from jos_portal.taxonomy.models import (
    Factor,
    FactorTag,
    Municipality,
    Province,
    region_source,
)
from practices import filters
from practices.models import (
    CollaborationType,
    CostBand,
    EvidenceLevel,
    Practice,
    PracticeOrganisation,
    PracticeTag,
    Recognition,
    Stage,
    Status,
)
from publications.models import Author, Chapter, Publication, PublicationTag
from workshops.models import (
    PARTICIPANT_ROLES,
    Finding,
    Session,
    SessionTag,
    Workplace,
    WorkplacePartner,
    WorkplaceTag,
)

from . import schemas

DEFAULT_LIMIT = 20
MAX_LIMIT = 100
# Deeper than any real list; keeps OFFSET within what every database accepts.
MAX_OFFSET = 100_000
PAGE_PARAMS = {"limit", "offset"}

DESCRIPTION = """Open data van het JOS kennisportaal (Jongerenwerk en Onderwijs Samen,
Platform JEP): praktijkvoorbeelden, werkplaatsen en hun sessies, werkzame factoren,
publicaties, onderwerpen en regio's. Alleen gepubliceerde gegevens; contactgegevens
alleen met toestemming van de contactpersoon.

* Alleen GET, zonder sleutel; CORS is open voor elke herkomst.
* Lijsten zijn gepagineerd met `limit` (1-100, standaard 20) en `offset` (0-100000);
  een offset voorbij het einde geeft een lege lijst. `next` en `previous` zijn de
  adressen van de buurpagina's.
* Een onbekende parameter of waarde geeft 400, een waarde van het verkeerde type 422;
  beide als JSON met een lijst `detail`.
* Identificatie: `id` is stabiel, `slug` is het laatste deel van het webadres op de site.
* Licentie: zoals de redactie die in de site-instellingen vastlegt, in `licence` van de
  index (`/api/v1/`); `null` zolang de licentie nog niet is vastgesteld.
* Regio's komen uit de CBS-tabel 'Gebieden in Nederland'; het jaar staat per gemeente
  in `source` en in `region_source` van de index.
"""


def open_data_licence():
    """{"name", "url", "attribution"} from the default site's settings, or None while the
    editors have not chosen a licence."""
    from wagtail.models import Site

    from jos_portal.core.models import SiteSettings

    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return None
    settings = SiteSettings.for_site(site)
    if not settings.open_data_licence_name:
        return None
    return {
        "name": settings.open_data_licence_name,
        "url": settings.open_data_licence_url,
        "attribution": settings.open_data_attribution,
    }


api = NinjaAPI(
    title="JOS open data-API",
    version="1",
    description=DESCRIPTION,
    urls_namespace="api",
    # ninja serves Swagger UI from its own static files (ninja is an installed app);
    # no validator badge, which would call out to validator.swagger.io.
    docs=Swagger(settings={"validatorUrl": None}),
    # /api/v1/docs itself is the site's own documentation page (api/views.py).
    docs_url="/docs/swagger",
)

ERRORS = {400: schemas.Error, 404: schemas.Error, 422: schemas.Error}


class ApiError(Exception):
    """A request the API refuses; each problem is (parameter, Dutch message)."""

    def __init__(self, problems, status=400):
        super().__init__(problems)
        self.problems = problems
        self.status = status


@api.exception_handler(ApiError)
def api_error(request, exc):
    detail = [
        {"loc": ["query", name] if name else ["query"], "msg": str(msg), "type": "value_error"}
        for name, msg in exc.problems
    ]
    return api.create_response(request, {"detail": detail}, status=exc.status)


@api.exception_handler(Http404)
def not_found(request, exc):
    detail = [
        {"loc": ["path"], "msg": _("Niet gevonden of niet gepubliceerd."), "type": "not_found"}
    ]
    return api.create_response(request, {"detail": detail}, status=404)


def check_params(request, allowed):
    """Refuse parameters this endpoint does not know (a typo would otherwise be ignored)."""
    unknown = sorted(set(request.GET) - set(allowed) - PAGE_PARAMS)
    if unknown:
        raise ApiError(
            [(name[:40], _("Onbekende parameter voor deze lijst.")) for name in unknown[:10]]
        )


def paginate(request, items, limit, offset, serialize):
    """One page of a queryset or list as {count, limit, offset, next, previous, results}."""
    count = len(items) if isinstance(items, list) else items.count()
    window = items[offset : offset + limit] if offset < count else []
    results = [serialize(request, obj) for obj in window]

    def link(new_offset):
        params = request.GET.copy()
        params["limit"], params["offset"] = str(limit), str(new_offset)
        return request.build_absolute_uri(f"{request.path}?{params.urlencode()}")

    return {
        "count": count,
        "limit": limit,
        "offset": offset,
        "next": link(offset + limit) if offset + limit < count else None,
        "previous": link(max(offset - limit, 0)) if offset > 0 and count else None,
        "results": results,
    }


Limit = Query(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT, description="Aantal resultaten (1-100).")
Offset = Query(0, ge=0, le=MAX_OFFSET, description="Aantal resultaten om over te slaan.")


# Slugs and codes are plain ASCII; anything else (a NUL byte that PostgreSQL would
# refuse, spaces, quotes) is a 422 before it reaches a query.
SLUG_PATTERN = r"^[-A-Za-z0-9_]*$"
SlugPath = Path(..., pattern=SLUG_PATTERN, max_length=100)
# A municipality by slug or by CBS code.
KeyPath = Path(
    ..., pattern=SLUG_PATTERN, max_length=100, description="Slug of CBS-code, bijv. GM0855."
)


def slug_query(description, max_length=100):
    return Query("", pattern=SLUG_PATTERN, max_length=max_length, description=description)


def absolute(request, obj):
    return request.build_absolute_uri(obj.get_absolute_url())


def terms(items):
    return [{"slug": item.slug, "name": item.name} for item in items]


def rich(html):
    return expand_db_html(html) if html else ""


def provenance(record):
    """The honesty fields every record type answers with."""
    return {
        "is_fictional": record.is_fictional,
        "provenance": record.provenance,
        "source_url": record.source_url,
        "source_checked": record.source_checked,
    }


def english(record):
    return {"title_en": record.title_en, "summary_en": record.summary_en}


def municipality_ref(m):
    return {"id": m.pk, "code": m.code, "slug": m.slug, "name": m.name}


def province_ref(p):
    return {"id": p.pk, "code": p.code, "slug": p.slug, "name": p.name}


@api.get("/", response=schemas.Index, tags=["index"], summary="Wat deze API biedt")
def index(request):
    root = request.build_absolute_uri(request.path)
    return {
        "title": api.title,
        "licence": open_data_licence(),
        "region_source": region_source(
            Municipality.objects.aggregate(year=Max("source_year"))["year"]
        ),
        "schema_url": root + "openapi.json",
        "docs_url": root + "docs",
        "endpoints": {
            name: root + path
            for name, path in [
                ("practices", "practices/"),
                ("workplaces", "workplaces/"),
                ("sessions", "sessions/"),
                ("factors", "factors/"),
                ("publications", "publications/"),
                ("topics", "topics/"),
                ("provinces", "regions/provinces/"),
                ("municipalities", "regions/municipalities/"),
            ]
        },
    }


# Practices ----------------------------------------------------------------------

PRACTICE_PARAMS = {facet.key for facet in filters.build_facets()} | {"q", "sorteer"}
SORT_VALUES = Literal[tuple(filters.SORTS)]


def practices_for_api(queryset):
    return queryset.select_related("municipality__province").prefetch_related(
        "school_types", "target_groups", "factors", "tags", "funding_sources", "evaluations"
    )


def practice_summary(request, p):
    return {
        "id": p.pk,
        "slug": p.slug,
        "title": p.title,
        "url": absolute(request, p),
        "summary": p.summary,
        **english(p),
        "collaboration_type": p.collaboration_type,
        "stage": p.stage,
        "status": p.status,
        "evidence_level": p.public_evidence_value,
        "recognition": p.recognition,
        "prevention_level": p.prevention_level,
        "age_from": p.age_from,
        "age_to": p.age_to,
        "cost_band": p.cost_band,
        "funding_sources": terms(p.funding_sources.all()),
        "start_year": p.start_year,
        "municipality": municipality_ref(p.municipality),
        "province": province_ref(p.municipality.province),
        "school_types": terms(p.school_types.all()),
        "target_groups": terms(p.target_groups.all()),
        "factors": terms(p.factors.all()),
        "topics": terms(p.tags.all()),
        "first_published_at": p.first_published_at,
        "last_published_at": p.last_published_at,
        "last_reviewed": p.public_last_reviewed,
        **provenance(p),
    }


def practice_detail_data(request, p):
    contact = None
    if p.contact_consent:
        contact = {
            "name": p.contact_name,
            "role": p.contact_role,
            "organisation": p.contact_organisation,
            "email": p.contact_email,
            "phone": p.contact_phone,
        }
    return {
        **practice_summary(request, p),
        "goal": rich(p.goal),
        "approach": rich(p.approach),
        "results": rich(p.results),
        "lessons": rich(p.lessons),
        "other_municipalities": [municipality_ref(m) for m in p.extra_municipalities.all()],
        "organisations": [
            {"name": o.organisation.name, "role": o.role} for o in p.organisations.all()
        ],
        "evidence_url": p.evidence_url,
        "recognition_date": p.recognition_date,
        "recognition_valid_until": p.recognition_valid_until,
        "recognition_databank": p.recognition_databank,
        "recognition_url": p.recognition_url,
        "working_elements": [
            {"text": w.text, "factor": terms([w.factor])[0] if w.factor else None}
            for w in p.working_elements.all()
        ],
        "youth_work_hours_per_week": (
            float(p.youth_work_hours_per_week) if p.youth_work_hours_per_week is not None else None
        ),
        "other_staff_time": p.other_staff_time,
        "cost_per_year_from": p.cost_per_year_from,
        "cost_per_year_to": p.cost_per_year_to,
        "costs_cover": p.costs_cover,
        "duration_weeks": p.duration_weeks,
        "sessions": p.sessions,
        "session_minutes": p.session_minutes,
        "inclusion_criteria": p.inclusion_criteria,
        "evaluations": [
            {
                "design": e.design,
                "year": e.year,
                "conducted_by": e.conducted_by,
                "title": e.title,
                "url": e.url,
            }
            for e in p.evaluations.all()
        ],
        "owner": (
            {
                "name": p.owner_name,
                "organisation": p.owner_organisation,
                "contact": p.owner_contact,
            }
            if p.show_owner
            else None
        ),
        "links": [{"title": link.title, "url": link.url} for link in p.links.all()],
        "documents": [
            {
                "title": d.title or d.document.title,
                "url": request.build_absolute_uri(d.document.url),
            }
            for d in p.documents.all()
        ],
        "contact": contact,
    }


@api.get(
    "/practices/",
    response={200: schemas.PracticePage, **ERRORS},
    tags=["praktijkvoorbeelden"],
    summary="Praktijkvoorbeelden, met dezelfde filters als de lijst op de site",
)
def practice_list(
    request,
    q: str = Query("", description="Vrije tekst, max. 200 tekens."),
    provincie: list[str] = Query([], description="Slug van een provincie, bijv. noord-brabant."),
    gemeente: list[str] = Query([], description="Slug van een gemeente, bijv. tilburg."),
    jeugdregio: list[str] = Query([], description="Code van een jeugdregio, bijv. JZ41."),
    schooltype: list[str] = Query([], description="Slug van een schooltype, bijv. havo."),
    doelgroep: list[str] = Query([], description="Slug van een doelgroep."),
    samenwerking: list[Literal[tuple(CollaborationType.values)]] = Query([]),
    fase: list[Literal[tuple(Stage.values)]] = Query([]),
    factor: list[str] = Query([], description="Slug van een werkzame factor."),
    onderwerp: list[str] = Query([], description="Slug van een onderwerp."),
    onderbouwing: list[Literal[tuple(EvidenceLevel.values)]] = Query(
        [], description="Eigen schaal: waar de kennis vandaan komt (geen officiële erkenning)."
    ),
    erkenning: list[Literal[tuple(Recognition.values)]] = Query(
        [], description="Officiële erkenning door de Erkenningscommissie Interventies."
    ),
    financiering: list[str] = Query(
        [], description="Slug van een financieringsbron, bijv. gemeente of subsidie-fonds."
    ),
    kosten: list[Literal[tuple(CostBand.values)]] = Query(
        [], description="Kosten per jaar (bovengrens, anders het enige bedrag)."
    ),
    status: list[Literal[tuple(Status.values)]] = Query([]),
    sorteer: SORT_VALUES | None = Query(None, description="Volgorde; standaard nieuwste."),
    limit: int = Limit,
    offset: int = Offset,
):
    """Waarden binnen een filter zijn OF, filters onderling EN; herhaal een parameter
    voor meer waarden (`?schooltype=havo&schooltype=vwo`). Zelfde querystring als
    /praktijkvoorbeelden/ op de site."""
    if len(request.META.get("QUERY_STRING", "")) > filters.MAX_QUERY_STRING_LENGTH:
        raise ApiError([("", _("Het webadres is te lang. Kies minder filters."))])
    check_params(request, PRACTICE_PARAMS)
    try:
        selection = filters.parse(request.GET)
    except filters.BadFilterInput as error:
        raise ApiError([("", str(error))]) from error
    if selection.messages:
        raise ApiError([("", message) for message in selection.messages])
    results = filters.ordered(selection, filters.apply(selection))
    if isinstance(results, list):
        # Relevance order: the backend's ranking as a list of pks; fetch one page of them.
        page = paginate(request, results, limit, offset, lambda request, pk: pk)
        found = practices_for_api(Practice.objects.published()).in_bulk(page["results"])
        page["results"] = [
            practice_summary(request, found[pk]) for pk in page["results"] if pk in found
        ]
        return page
    return paginate(request, practices_for_api(results), limit, offset, practice_summary)


@api.get(
    "/practices/{slug}/",
    response={200: schemas.PracticeDetail, **ERRORS},
    tags=["praktijkvoorbeelden"],
    summary="Eén praktijkvoorbeeld",
)
def practice_detail(request, slug: str = SlugPath):
    practice = get_object_or_404(
        practices_for_api(Practice.objects.published()).prefetch_related(
            "extra_municipalities",
            Prefetch(
                "organisations",
                queryset=PracticeOrganisation.objects.select_related("organisation"),
            ),
            "links",
            "documents__document",
            "working_elements__factor",
        ),
        slug=slug,
    )
    return practice_detail_data(request, practice)


# Workplaces and sessions ---------------------------------------------------------


def workplaces_for_api():
    return (
        Workplace.objects.annotate(session_count=Count("sessions", filter=Q(sessions__live=True)))
        .select_related("municipality")
        .prefetch_related(
            Prefetch("partners", queryset=WorkplacePartner.objects.select_related("organisation")),
            "tags",
        )
        .order_by("name")  # Meta.ordering does not apply to GROUP BY queries
    )


def workplace_summary(request, w):
    return {
        "id": w.pk,
        "slug": w.slug,
        "name": w.name,
        **english(w),
        "url": absolute(request, w),
        "municipality": municipality_ref(w.municipality),
        "research_question": w.research_question,
        "start_date": w.start_date,
        "end_date": w.end_date,
        "partners": [{"name": p.organisation.name, "role": p.role} for p in w.partners.all()],
        "topics": terms(w.tags.all()),
        "session_count": w.session_count,
        **provenance(w),
    }


def sessions_for_api(queryset):
    return queryset.select_related("workplace").prefetch_related("tags").order_by("date", "pk")


def session_summary(request, s):
    return {
        "id": s.pk,
        "slug": s.slug,
        "title": s.title,
        **english(s),
        "url": absolute(request, s),
        "workplace": {"id": s.workplace.pk, "slug": s.workplace.slug, "name": s.workplace.name},
        "date": s.date,
        "format": s.format,
        "participants": {name: getattr(s, name) for name, _label in PARTICIPANT_ROLES},
        "topics": terms(s.tags.all()),
        **provenance(s),
    }


@api.get(
    "/workplaces/",
    response={200: schemas.WorkplacePage, **ERRORS},
    tags=["werkplaatsen"],
    summary="Werkplaatsen",
)
def workplace_list(request, limit: int = Limit, offset: int = Offset):
    check_params(request, set())
    return paginate(request, workplaces_for_api(), limit, offset, workplace_summary)


@api.get(
    "/workplaces/{slug}/",
    response={200: schemas.WorkplaceDetail, **ERRORS},
    tags=["werkplaatsen"],
    summary="Eén werkplaats met zijn gepubliceerde sessies",
)
def workplace_detail(request, slug: str = SlugPath):
    workplace = get_object_or_404(workplaces_for_api(), slug=slug)
    sessions = sessions_for_api(workplace.sessions.published())
    return {
        **workplace_summary(request, workplace),
        "description": rich(workplace.description),
        "sessions": [session_summary(request, s) for s in sessions],
    }


def known_tag(name, slug):
    """A topic slug the API knows (one that a public record carries, as in /topics/),
    or a 400 naming the parameter."""
    if slug and not Tag.objects.filter(topic_in_public_use(), slug=slug).exists():
        raise ApiError([(name, _("Onbekend onderwerp."))])


@api.get(
    "/sessions/",
    response={200: schemas.SessionPage, **ERRORS},
    tags=["werkplaatsen"],
    summary="Gepubliceerde werkplaatssessies, oudste eerst",
)
def session_list(
    request,
    werkplaats: str = slug_query("Slug van een werkplaats.", max_length=100),
    vorm: Literal[tuple(Session.Format.values)] | None = Query(None),
    onderwerp: str = slug_query("Slug van een onderwerp.", max_length=100),
    limit: int = Limit,
    offset: int = Offset,
):
    check_params(request, {"werkplaats", "vorm", "onderwerp"})
    sessions = Session.objects.published()
    if werkplaats:
        if not Workplace.objects.filter(slug=werkplaats).exists():
            raise ApiError([("werkplaats", _("Onbekende werkplaats."))])
        sessions = sessions.filter(workplace__slug=werkplaats)
    if vorm:
        sessions = sessions.filter(format=vorm)
    known_tag("onderwerp", onderwerp)
    if onderwerp:
        sessions = sessions.filter(tags__slug=onderwerp)
    return paginate(request, sessions_for_api(sessions), limit, offset, session_summary)


@api.get(
    "/sessions/{workplace}/{slug}/",
    response={200: schemas.SessionDetail, **ERRORS},
    tags=["werkplaatsen"],
    summary="Eén sessie met haar bevindingen per factor",
)
def session_detail(request, workplace: str = SlugPath, slug: str = SlugPath):
    session = get_object_or_404(
        sessions_for_api(Session.objects.published()).prefetch_related(
            Prefetch("findings", queryset=Finding.objects.select_related("factor")),
            "documents__document",
        ),
        workplace__slug=workplace,
        slug=slug,
    )
    return {
        **session_summary(request, session),
        "summary": rich(session.summary),
        "findings": [
            {
                "factor": {"slug": f.factor.slug, "name": f.factor.name},
                "factor_kind": f.factor.kind,
                "strength": f.strength,
                "observation": rich(f.observation),
                "quote": f.quote,
            }
            for f in session.findings.all()
        ],
        "documents": [
            {
                "title": d.title or d.document.title,
                "url": request.build_absolute_uri(d.document.url),
            }
            for d in session.documents.all()
        ],
    }


# Factors ------------------------------------------------------------------------


def factor_summary(request, f):
    return {
        "id": f.pk,
        "slug": f.slug,
        "name": f.name,
        "kind": f.kind,
        # Factors live in taxonomy, which links to no page; their page is discovery's.
        "url": request.build_absolute_uri(reverse("discovery:factor", kwargs={"slug": f.slug})),
        "topics": terms(f.tags.all()),
    }


@api.get(
    "/factors/",
    response={200: schemas.FactorPage, **ERRORS},
    tags=["factoren"],
    summary="Werkzame factoren: randvoorwaarden, succesfactoren en valkuilen",
)
def factor_list(
    request,
    soort: Literal[tuple(Factor.Kind.values)] | None = Query(None),
    onderwerp: str = slug_query("Slug van een onderwerp.", max_length=100),
    limit: int = Limit,
    offset: int = Offset,
):
    check_params(request, {"soort", "onderwerp"})
    factors = Factor.objects.all()
    if soort:
        factors = factors.of_kind(soort)
    known_tag("onderwerp", onderwerp)
    if onderwerp:
        factors = factors.filter(tags__slug=onderwerp)
    factors = factors.prefetch_related("tags").order_by("kind", "name", "pk")
    return paginate(request, factors, limit, offset, factor_summary)


@api.get(
    "/factors/{slug}/",
    response={200: schemas.FactorDetail, **ERRORS},
    tags=["factoren"],
    summary="Eén werkzame factor",
)
def factor_detail(request, slug: str = SlugPath):
    factor = get_object_or_404(Factor.objects.prefetch_related("tags"), slug=slug)
    return {
        **factor_summary(request, factor),
        "description": rich(factor.description),
        "what_you_can_do": rich(factor.what_you_can_do),
    }


# Publications -------------------------------------------------------------------


def publications_for_api(queryset):
    return queryset.select_related("document").prefetch_related(
        Prefetch("authors", queryset=Author.objects.order_by("sort_order")), "tags"
    )


def publication_summary(request, p):
    return {
        "id": p.pk,
        "slug": p.slug,
        "title": p.title,
        "subtitle": p.subtitle,
        **english(p),
        "url": absolute(request, p),
        "kind": p.kind,
        "year": p.year,
        "publication_date": p.publication_date,
        "publisher": p.publisher,
        "authors": [
            {
                "name": a.display_name,
                "given_names": a.given_names,
                "particle": a.particle,
                "family_name": a.family_name,
                "is_organisation": a.is_organisation,
                "affiliation": a.affiliation,
                "orcid": a.orcid,
            }
            for a in p.authors.all()
        ],
        "doi": p.doi,
        "isbn": p.isbn,
        "external_url": p.external_url,
        "document_url": request.build_absolute_uri(p.document.url) if p.document else "",
        "licence": p.licence,
        "language": p.language,
        "topics": terms(p.tags.all()),
        **provenance(p),
    }


@api.get(
    "/publications/",
    response={200: schemas.PublicationPage, **ERRORS},
    tags=["publicaties"],
    summary="Publicaties, met dezelfde filters als de lijst op de site",
)
def publication_list(
    request,
    soort: Literal[tuple(Publication.Kind.values)] | None = Query(None),
    jaar: int | None = Query(None, ge=1900, le=2100),
    onderwerp: str = slug_query("Slug van een onderwerp.", max_length=100),
    limit: int = Limit,
    offset: int = Offset,
):
    check_params(request, {"soort", "jaar", "onderwerp"})
    publications = Publication.objects.published()
    if soort:
        publications = publications.filter(kind=soort)
    if jaar:
        publications = publications.filter(year=jaar)
    known_tag("onderwerp", onderwerp)
    if onderwerp:
        publications = publications.filter(tags__slug=onderwerp)
    publications = publications_for_api(publications).order_by(
        "-year", "-publication_date", "title", "pk"
    )
    return paginate(request, publications, limit, offset, publication_summary)


@api.get(
    "/publications/{slug}/",
    response={200: schemas.PublicationDetail, **ERRORS},
    tags=["publicaties"],
    summary="Eén publicatie met hoofdstukken, lessen en bronnen",
)
def publication_detail(request, slug: str = SlugPath):
    publication = get_object_or_404(
        publications_for_api(Publication.objects.published()).prefetch_related(
            "key_lessons",
            "references",
            Prefetch("chapters", queryset=Chapter.objects.prefetch_related("factors")),
        ),
        slug=slug,
    )
    p = publication
    return {
        **publication_summary(request, p),
        "summary": rich(p.summary),
        "journal": p.journal,
        "volume": p.volume,
        "issue": p.issue,
        "pages": p.pages,
        "chapters": [
            {
                "number": c.number,
                "title": c.title,
                "summary": c.summary,
                "pages": c.pages,
                "factors": terms(c.factors.all()),
            }
            for c in p.chapters.all()
        ],
        "key_lessons": [lesson.text for lesson in p.key_lessons.all()],
        "references": [{"text": r.text, "doi": r.doi, "url": r.url} for r in p.references.all()],
    }


# Topics -------------------------------------------------------------------------

# (count key, through-model, filter for what the public sees)
TOPIC_SOURCES = [
    ("practices", PracticeTag, Q(content_object__live=True)),
    ("workplaces", WorkplaceTag, Q()),
    ("sessions", SessionTag, Q(content_object__live=True)),
    ("factors", FactorTag, Q()),
    ("publications", PublicationTag, Q(content_object__live=True)),
    # Live and outside any section with a password, login or group restriction.
    ("pages", ContentPageTag, public_page_q("content_object__")),
]


def topic_in_public_use():
    """Q on Tag: carried by at least one record the public sees; one query."""
    used = Q(pk__in=[])
    for _key, through, visible in TOPIC_SOURCES:
        used |= Q(pk__in=through.objects.filter(visible).values("tag_id"))
    return used


def topic_counts(tag_filter=None):
    """{tag id: {type: count}} of published items; one aggregate query per record type."""
    counts = {}
    for key, through, visible in TOPIC_SOURCES:
        rows = through.objects.filter(visible)
        if tag_filter is not None:
            rows = rows.filter(tag_id=tag_filter)
        rows = (
            rows.order_by().values("tag_id").annotate(n=Count("content_object_id", distinct=True))
        )
        for row in rows:
            counts.setdefault(row["tag_id"], dict.fromkeys((k for k, _t, _v in TOPIC_SOURCES), 0))
            counts[row["tag_id"]][key] = row["n"]
    return counts


def topic_data(tag, counts):
    return {
        "id": tag.pk,
        "slug": tag.slug,
        "name": tag.name,
        "total": sum(counts.values()),
        "counts": counts,
    }


@api.get(
    "/topics/",
    response={200: schemas.TopicPage, **ERRORS},
    tags=["onderwerpen"],
    summary="Onderwerpen in gebruik, met aantallen per soort; meest gebruikt eerst",
)
def topic_list(request, limit: int = Limit, offset: int = Offset):
    check_params(request, set())
    counts = topic_counts()
    tags = Tag.objects.filter(pk__in=list(counts)).only("pk", "name", "slug")
    topics = sorted(
        (topic_data(tag, counts[tag.pk]) for tag in tags),
        key=lambda t: (-t["total"], t["name"].lower(), t["id"]),
    )
    return paginate(request, topics, limit, offset, lambda request, topic: topic)


@api.get(
    "/topics/{slug}/",
    response={200: schemas.Topic, **ERRORS},
    tags=["onderwerpen"],
    summary="Eén onderwerp met aantallen; filter de lijsten met ?onderwerp=<slug>",
)
def topic_detail(request, slug: str = SlugPath):
    tag = get_object_or_404(Tag, slug=slug)
    counts = topic_counts(tag.pk).get(tag.pk)
    if not counts:  # only drafts carry it: not public
        raise Http404
    return topic_data(tag, counts)


# Regions ------------------------------------------------------------------------

Coverage = Practice.coverage.through


def province_data(request, p):
    return {
        **province_ref(p),
        "municipality_count": p.municipality_count,
        "practice_count": p.practice_count,
    }


def provinces_for_api():
    return Province.objects.annotate(
        municipality_count=Count("municipalities", distinct=True),
        practice_count=Count(
            "municipalities__covering_practices",
            filter=Q(municipalities__covering_practices__live=True),
            distinct=True,
        ),
    ).order_by("name")


def municipality_data(request, m):
    return {
        **municipality_ref(m),
        "common_name": m.common_name,
        "source": m.source,
        "province": province_ref(m.province),
        "jeugdregio": {"code": m.jeugdregio_code, "name": m.jeugdregio_name},
        "ggd_region": {"code": m.ggd_code, "name": m.ggd_name},
        "corop": {"code": m.corop_code, "name": m.corop_name},
        "veiligheidsregio": {"code": m.veiligheidsregio_code, "name": m.veiligheidsregio_name},
    }


@api.get(
    "/regions/provinces/",
    response={200: schemas.ProvincePage, **ERRORS},
    tags=["regio's"],
    summary="De twaalf provincies met CBS-code en aantallen",
)
def province_list(request, limit: int = Limit, offset: int = Offset):
    check_params(request, set())
    return paginate(request, provinces_for_api(), limit, offset, province_data)


@api.get(
    "/regions/provinces/{slug}/",
    response={200: schemas.ProvinceDetail, **ERRORS},
    tags=["regio's"],
    summary="Eén provincie met haar gemeenten",
)
def province_detail(request, slug: str = SlugPath):
    province = get_object_or_404(provinces_for_api(), slug=slug)
    return {
        **province_data(request, province),
        "municipalities": [
            municipality_ref(m) for m in province.municipalities.order_by("name", "pk")
        ],
    }


@api.get(
    "/regions/municipalities/",
    response={200: schemas.MunicipalityPage, **ERRORS},
    tags=["regio's"],
    summary="Gemeenten met CBS-code en regio-indelingen",
)
def municipality_list(
    request,
    provincie: str = slug_query("Slug van een provincie.", max_length=100),
    jeugdregio: str = slug_query("Code van een jeugdregio.", max_length=6),
    limit: int = Limit,
    offset: int = Offset,
):
    check_params(request, {"provincie", "jeugdregio"})
    municipalities = Municipality.objects.select_related("province").order_by("name", "pk")
    if provincie:
        if not Province.objects.filter(slug=provincie).exists():
            raise ApiError([("provincie", _("Onbekende provincie."))])
        municipalities = municipalities.filter(province__slug=provincie)
    if jeugdregio:
        if not Municipality.objects.filter(jeugdregio_code=jeugdregio).exists():
            raise ApiError([("jeugdregio", _("Onbekende jeugdregio."))])
        municipalities = municipalities.in_jeugdregio(jeugdregio)
    return paginate(request, municipalities, limit, offset, municipality_data)


@api.get(
    "/regions/municipalities/{key}/",
    response={200: schemas.Municipality, **ERRORS},
    tags=["regio's"],
    summary="Eén gemeente, op slug of CBS-code (bijv. tilburg of GM0855)",
)
def municipality_detail(request, key: str = KeyPath):
    is_code = key[:2].upper() == "GM" and key[2:].isdigit()
    lookup = Q(code=key.upper()) if is_code else Q(slug=key)
    found = Municipality.objects.select_related("province")
    municipality = found.filter(lookup).first()
    if municipality is None and not is_code:
        # The usual name's slug works too: den-haag for 's-Gravenhage.
        municipality = next(
            (m for m in found.exclude(common_name="") if slugify(m.common_name) == key), None
        )
    if municipality is None:
        raise Http404
    return municipality_data(request, municipality)
