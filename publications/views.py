"""Public pages of publications: list with filters, detail with citations, downloads."""

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import Prefetch
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.html import strip_tags
from django.utils.translation import gettext as _

from taggit.models import Tag

from jos_portal.taxonomy import params
from jos_portal.taxonomy.reach import count_as

from . import citations
from .models import Author, Chapter, Publication

PAGE_SIZE = 20


def _published():
    return (
        Publication.objects.published()
        .prefetch_related(
            Prefetch("authors", queryset=Author.objects.order_by("sort_order")), "tags"
        )
        .select_related("document")
    )


def publication_list(request):
    messages = []
    publications = _published()
    kinds = dict(Publication.Kind.choices)
    kind = params.text(request.GET, "soort", 40)
    if kind and kind not in kinds:
        messages.append(_("Onbekende soort publicatie genegeerd."))
        kind = ""
    if kind:
        publications = publications.filter(kind=kind)
    year = params.text(request.GET, "jaar", 10)
    if year and params.number(year, minimum=1900, maximum=2100) is None:
        messages.append(_("Onbekend jaar genegeerd."))
        year = ""
    if year:
        publications = publications.filter(year=params.number(year))
    # The topic options: tags that a published publication carries.
    topics = Tag.objects.filter(publications_publicationtag_items__content_object__live=True)
    topic = params.text(request.GET, "onderwerp")
    if topic and not topics.filter(slug=topic).exists():
        messages.append(_("Onbekend onderwerp genegeerd."))
        topic = ""
    if topic:
        publications = publications.filter(tags__slug=topic)
    publications = publications.order_by("-year", "-publication_date", "title")
    paginator = Paginator(publications, PAGE_SIZE)
    try:
        page = paginator.page(params.page_number(request.GET))
    except (PageNotAnInteger, EmptyPage):
        return render(
            request,
            "bad_request.html",
            {
                "message": _("Deze pagina met publicaties bestaat niet."),
                "back_url": reverse("publications:list"),
                "back_label": _("Terug naar alle publicaties"),
            },
            status=404,
        )
    options = Publication.objects.published()
    return render(
        request,
        "publications/publication_list.html",
        {
            "page_obj": page,
            "publications": page.object_list,
            "kinds": Publication.Kind.choices,
            "years": options.order_by("-year").values_list("year", flat=True).distinct(),
            "topics": topics.distinct().order_by("name"),
            "kind": kind,
            "year": year,
            "topic": topic,
            "messages_list": messages,
            "is_filtered": bool(kind or year or topic),
        },
    )


def _get_published(slug):
    return get_object_or_404(
        _published().prefetch_related(
            "key_lessons",
            "references",
            Prefetch("chapters", queryset=Chapter.objects.prefetch_related("factors")),
        ),
        slug=slug,
    )


def publication_detail(request, slug):
    publication = _get_published(slug)
    authors = list(publication.authors.all())
    pdf_url = request.build_absolute_uri(publication.document.url) if publication.document else ""
    context = {"publication": publication, "authors": authors}
    # A fictional publication is never described to search engines and reference managers
    # as a real work: no citation, no Highwire tags, no schema.org.
    if not publication.is_fictional:
        context.update(
            {
                "apa_html": citations.apa_html(publication, authors),
                "apa_text": citations.apa_text(publication, authors),
                "highwire": citations.highwire_tags(publication, authors, pdf_url),
                "json_ld": structured_data(request, publication, authors),
            }
        )
    response = render(request, "publications/publication_detail.html", context)
    return count_as(request, response, publication)


def _download(content, filename, content_type):
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def _not_citable(request, publication):
    """A fictional publication has no citation to download."""
    return render(
        request,
        "bad_request.html",
        {
            "message": _(
                "“%(title)s” is een fictief voorbeeld, geen echte publicatie. Je kunt het "
                "daarom niet citeren."
            )
            % {"title": publication.title},
            "back_url": publication.get_absolute_url(),
            "back_label": _("Terug naar het voorbeeld"),
        },
        status=404,
    )


def cite_bibtex(request, slug):
    publication = _get_published(slug)
    if publication.is_fictional:
        return _not_citable(request, publication)
    authors = list(publication.authors.all())
    return _download(
        citations.bibtex(publication, authors),
        f"{publication.slug}.bib",
        "application/x-bibtex; charset=utf-8",
    )


def cite_ris(request, slug):
    publication = _get_published(slug)
    if publication.is_fictional:
        return _not_citable(request, publication)
    authors = list(publication.authors.all())
    return _download(
        citations.ris(publication, authors, strip_tags(publication.summary)),
        f"{publication.slug}.ris",
        "application/x-research-info-systems; charset=utf-8",
    )


def structured_data(request, publication, authors):
    """schema.org: ScholarlyArticle for articles, Report for the other kinds."""
    data = {
        "@context": "https://schema.org",
        "@type": "ScholarlyArticle" if publication.kind == "artikel" else "Report",
        "name": publication.full_title,
        "headline": publication.title[:110],
        "url": request.build_absolute_uri(publication.get_absolute_url()),
        "inLanguage": publication.language,
        "datePublished": (
            publication.publication_date.isoformat()
            if publication.publication_date
            else str(publication.year)
        ),
        "abstract": strip_tags(publication.summary),
        "keywords": ", ".join(t.name for t in publication.tags.all()),
        "author": [
            {
                "@type": "Organization" if a.is_organisation else "Person",
                "name": a.display_name,
                **(
                    {"affiliation": {"@type": "Organization", "name": a.affiliation}}
                    if a.affiliation
                    else {}
                ),
                **({"identifier": f"https://orcid.org/{a.orcid}"} if a.orcid else {}),
            }
            for a in authors
        ],
    }
    if publication.publisher:
        data["publisher"] = {"@type": "Organization", "name": publication.publisher}
    if publication.doi:
        data["identifier"] = f"https://doi.org/{publication.doi}"
    if publication.journal:
        data["isPartOf"] = {
            "@type": "PublicationIssue",
            "issueNumber": publication.issue,
            "isPartOf": {
                "@type": "Periodical",
                "name": publication.journal,
                "volumeNumber": publication.volume,
            },
        }
    if publication.document:
        data["encoding"] = {
            "@type": "MediaObject",
            "contentUrl": request.build_absolute_uri(publication.document.url),
            "encodingFormat": "application/pdf",
        }
    return data
