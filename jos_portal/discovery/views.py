"""Cross-type pages: the factor map, factors, topics, regions and the site search."""

from urllib.parse import urlencode

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import Count, Q
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from taggit.models import Tag

from jos_portal.operations.caching import cached
from jos_portal.taxonomy import params
from jos_portal.taxonomy.models import FACTOR_KIND_PLURALS, Factor, Municipality, Province
from jos_portal.taxonomy.provenance import FICTIONAL_LABEL
from practices.models import Practice
from publications.models import Chapter
from workshops.models import Finding, Session, Workplace

from . import evidence, regions, topics
from . import search as site_search
from .models import TopicIntro

PRACTICES_ON_FACTOR_PAGE = 12


def factor_map(request):
    """A matrix of factors (rows, grouped by kind) and evidence sources (columns)."""
    messages = []
    factors = Factor.objects.prefetch_related("tags").order_by("name")
    kinds = dict(Factor.Kind.choices)
    kind = params.text(request.GET, "soort")
    if kind and kind not in kinds:
        messages.append(_("Onbekende soort factor genegeerd."))
        kind = ""
    if kind:
        factors = factors.filter(kind=kind)
    topic = params.text(request.GET, "onderwerp")
    topic_label = ""
    if topic:
        # Only the topics of factors are options here (the list below the form).
        tag = Tag.objects.filter(slug=topic, taxonomy_factortag_items__isnull=False).first()
        if tag is None:
            messages.append(_("Onbekend onderwerp genegeerd."))
            topic = ""
        else:
            topic_label = tag.name
            factors = factors.filter(tags=tag)
    factors = list(factors)
    examples = evidence.include_examples(request)
    columns = evidence.evidence_columns(examples)
    counts = evidence.evidence_counts(examples)
    maxima = {c["key"]: max(counts.get(c["key"], {}).values(), default=0) for c in columns}
    groups = []
    for value, label in FACTOR_KIND_PLURALS:
        rows = []
        for factor in (f for f in factors if f.kind == value):
            cells = []
            for column in columns:
                n = counts.get(column["key"], {}).get(factor.pk, 0)
                cells.append(
                    {
                        "count": n,
                        "level": evidence.level(n, maxima[column["key"]]),
                        "column": column,
                    }
                )
            rows.append({"factor": factor, "cells": cells})
        if rows:
            groups.append({"kind": value, "label": label, "rows": rows})
    used_tags = (
        Tag.objects.filter(taxonomy_factortag_items__isnull=False).distinct().order_by("name")
    )
    return render(
        request,
        "discovery/factor_map.html",
        {
            "groups": groups,
            "columns": columns,
            "kinds": Factor.Kind.choices,
            "kind": kind,
            "topic": topic,
            "topic_label": topic_label,
            "topics": used_tags,
            "messages_list": messages,
            "examples": examples,
            "examples_param": evidence.EXAMPLES_PARAM,
        },
    )


def factor_detail(request, slug):
    """One factor with its evidence; fictional examples only when asked (?voorbeelden=1),
    otherwise the page says how many it left out. Same queries either way."""
    factor = get_object_or_404(Factor.objects.prefetch_related("tags"), slug=slug)
    examples = evidence.include_examples(request)
    all_findings = list(
        Finding.objects.filter(factor=factor, session__live=True)
        .select_related("session__workplace")
        .order_by("session__workplace__name", "session__date")
    )

    def fictional_finding(finding):
        return finding.session.is_fictional or finding.session.workplace.is_fictional

    findings = [f for f in all_findings if examples or not fictional_finding(f)]
    by_workplace = {}
    for finding in findings:
        by_workplace.setdefault(finding.session.workplace, []).append(finding)
    practices = Practice.objects.published().filter(factors=factor)
    totals = practices.aggregate(all=Count("pk"), real=Count("pk", filter=Q(is_fictional=False)))
    if not examples:
        practices = practices.filter(is_fictional=False)
    practices = list(
        practices.select_related("municipality__province").order_by("-first_published_at")[
            :PRACTICES_ON_FACTOR_PAGE
        ]
    )
    all_chapters = list(
        Chapter.objects.filter(factors=factor, publication__live=True)
        .select_related("publication")
        .order_by("-publication__year", "publication__title", "sort_order")
    )
    chapters = [c for c in all_chapters if examples or not c.publication.is_fictional]
    hidden = {
        "sessions": len({f.session_id for f in all_findings if fictional_finding(f)}),
        "practices": totals["all"] - totals["real"],
        "publications": len({c.publication_id for c in all_chapters if c.publication.is_fictional}),
    }
    return render(
        request,
        "discovery/factor_detail.html",
        {
            "factor": factor,
            "evidence_by_workplace": list(by_workplace.items()),
            "session_count": len({f.session_id for f in findings}),
            "practices": practices,
            "practice_count": totals["all"] if examples else totals["real"],
            "chapters": chapters,
            "examples": examples,
            "examples_param": evidence.EXAMPLES_PARAM,
            "hidden_examples": sum(hidden.values()),
        },
    )


# Topics -------------------------------------------------------------------------


def topic_index(request):
    """All topics in use with their counts per type; one query per record type."""
    rows = cached("topic-counts", compute=topics.topic_counts)
    return render(
        request,
        "discovery/topic_index.html",
        {"topics": rows, "sources": topics.SOURCES},
    )


def topic_detail(request, slug):
    if params.clean(slug, params.MAX_VALUE_LENGTH) != slug:
        raise Http404  # no tag has a control character or a name this long
    tag = get_object_or_404(Tag, slug=slug)
    groups = cached("topic-groups", tag.pk, compute=lambda: topics.topic_groups(tag))
    total = sum(g["count"] for g in groups)
    if not total:
        # Only drafts or restricted pages carry it (or nothing does): not a public topic.
        raise Http404
    return render(
        request,
        "discovery/topic_detail.html",
        {
            "tag": tag,
            "intro": TopicIntro.objects.filter(tag=tag).first(),
            "groups": groups,
            "total": total,
        },
    )


# Regions ------------------------------------------------------------------------

REGION_ITEMS = 12


def region_index(request):
    """The province map (inline SVG) and the same data as a table. The home page's
    province picker sends ?provincie=<slug> here and lands on that province's page."""
    chosen = params.text(request.GET, "provincie")
    unknown_province = False
    if chosen:
        province = Province.objects.filter(slug=chosen).only("slug").first()
        if province is not None:
            return redirect("discovery:province", province=province.slug)
        unknown_province = True
    rows = cached(
        "province-rows", compute=lambda: regions.province_rows(Province.objects.order_by("name"))
    )
    return render(
        request,
        "discovery/region_index.html",
        {
            "unknown_province": unknown_province,
            "rows": rows,
            "map_width": regions.MAP_WIDTH,
            "map_height": regions.MAP_HEIGHT,
            "total": cached("practice-total", compute=Practice.objects.published().count),
            "source_years": cached(
                "region-source-years",
                compute=lambda: regions.source_years(Municipality.objects.all()),
            ),
        },
        status=404 if unknown_province else 200,
    )


def _region_links(param, value):
    query = urlencode({param: value})
    return {
        "list": f"{reverse('practices:list')}?{query}",
        "csv": f"{reverse('practices:export_csv')}?{query}",
        "feed": f"{reverse('practices:feed')}?{query}",
        # A person clicking "follow" gets the readable Volgen page, which gives the feed.
        "follow": reverse("alerts:follow")
        + "?"
        + urlencode({"soort": "praktijk", "selectie": query}),
    }


def _practices_covering(**coverage):
    """Published practices covering the given municipalities, newest first: a semi-join on
    the coverage table (no DISTINCT over wide rows) and only the columns the lists show."""
    covering = regions.Coverage.objects.filter(**coverage).values("practice_id")
    return (
        Practice.objects.published()
        .filter(pk__in=covering)
        .select_related("municipality")
        .only(
            "title", "title_en", "slug", "is_fictional", "municipality__name", "first_published_at"
        )
        .order_by("-first_published_at", "-pk")
    )


def _province_data(province):
    practices = _practices_covering(municipality__province=province)
    sessions = (
        Session.objects.published()
        .filter(workplace__municipality__province=province)
        .select_related("workplace")
        .order_by("-date", "-pk")
    )
    counts = regions.practice_counts_by_municipality(province)
    return {
        "practice_count": practices.count(),
        "practices": list(practices[:REGION_ITEMS]),
        "workplaces": list(
            Workplace.objects.filter(municipality__province=province)
            .select_related("municipality")
            .order_by("name")
        ),
        "session_count": sessions.count(),
        "sessions": list(sessions[:REGION_ITEMS]),
        "municipalities": [
            {"municipality": m, "practices": counts.get(m.pk, 0)}
            for m in province.municipalities.order_by("name")
        ],
        "source_years": regions.source_years(province.municipalities.all()),
    }


def province_detail(request, province):
    province = get_object_or_404(Province, slug=province)
    context = cached("province", province.pk, compute=lambda: _province_data(province))
    context = {
        **context,
        "province": province,
        "links": _region_links("provincie", province.slug),
    }
    return render(request, "discovery/province_detail.html", context)


def _municipality_data(municipality):
    practices = _practices_covering(municipality=municipality)
    practice_count = practices.count()
    workplaces = list(Workplace.objects.filter(municipality=municipality).order_by("name"))
    sessions = (
        Session.objects.published()
        .filter(workplace__municipality=municipality)
        .select_related("workplace")
        .order_by("-date", "-pk")
    )
    data = {
        "practice_count": practice_count,
        "practices": list(practices[:REGION_ITEMS]),
        "workplaces": workplaces,
        "session_count": sessions.count(),
        "sessions": list(sessions[:REGION_ITEMS]),
        "nearby": [],
        "nearby_label": "",
        "nearby_links": {},
    }
    if practice_count or workplaces:
        return data
    # Nothing here: point to the nearest content, same jeugdregio first, then province.
    if municipality.jeugdregio_code:
        data["nearby"] = list(
            _practices_covering(municipality__jeugdregio_code=municipality.jeugdregio_code)[
                :REGION_ITEMS
            ]
        )
        data["nearby_label"] = _("in jeugdregio %(name)s") % {"name": municipality.jeugdregio_name}
        data["nearby_links"] = _region_links("jeugdregio", municipality.jeugdregio_code)
    if not data["nearby"]:
        data["nearby"] = list(
            _practices_covering(municipality__province=municipality.province)[:REGION_ITEMS]
        )
        data["nearby_label"] = _("in de provincie %(name)s") % {"name": municipality.province.name}
        data["nearby_links"] = _region_links("provincie", municipality.province.slug)
    return data


def municipality_detail(request, province, municipality):
    municipality = get_object_or_404(
        Municipality.objects.select_related("province"),
        slug=municipality,
        province__slug=province,
    )
    context = cached(
        "municipality", municipality.pk, compute=lambda: _municipality_data(municipality)
    )
    context = {
        **context,
        "municipality": municipality,
        "province": municipality.province,
        "source_years": [municipality.source_year] if municipality.source_year else [],
        "links": _region_links("gemeente", municipality.slug),
    }
    return render(request, "discovery/municipality_detail.html", context)


# Search -------------------------------------------------------------------------

SEARCH_PAGE_SIZE = 20


def _search_bad_request(request, message, status=400):
    context = {
        "message": message,
        "back_url": reverse("discovery:search"),
        "back_label": _("Opnieuw zoeken"),
    }
    return render(request, "bad_request.html", context, status=status)


def search(request):
    """One result list over every published type, with type facets and pagination."""
    query, words, messages = site_search.clean_query(request.GET.get("q", ""))
    chosen = params.text(request.GET, "type", 40)
    if chosen and chosen not in site_search.TYPE_KEYS:
        messages.append(_("Onbekend type genegeerd; alle typen getoond."))
        chosen = ""
    facets, page, results, suggestion, total, places = [], None, [], "", 0, []
    groups, picks, themes = [], [], []
    if words:
        groups = site_search.expanded(words)
        picks = site_search.promotions(query, request)
        themes = site_search.matching_themes(query, groups)
        found = site_search.run(words)
        for search_type in site_search.TYPES:
            n = len(found[search_type.key])
            facets.append(
                {
                    "key": search_type.key,
                    "label": search_type.label,
                    "count": n,
                    "capped": n >= site_search.MAX_PER_TYPE,
                    "selected": search_type.key == chosen,
                }
            )
        total = sum(f["count"] for f in facets)
        rows = site_search.merged(found, only=chosen)
        paginator = Paginator(rows, SEARCH_PAGE_SIZE)
        try:
            page = paginator.page(params.page_number(request.GET))
        except PageNotAnInteger:
            return _search_bad_request(request, _("Het paginanummer moet een getal zijn."))
        except EmptyPage:
            return _search_bad_request(
                request, _("Deze pagina met zoekresultaten bestaat niet."), status=404
            )
        kinds = {t.key: t for t in site_search.TYPES}
        # The typed words first, then what the expansion added, all marked in the results.
        marked = list(
            dict.fromkeys([*words, *(w for g in groups for alt in g.alternatives[1:] for w in alt)])
        )
        results = []
        for key, obj in site_search.load(list(page.object_list)):
            title, title_lang = site_search.result_title(key, obj)
            text, text_lang = site_search.result_summary(key, obj)
            results.append(
                {
                    "type": key,
                    "type_label": kinds[key].singular,
                    "type_icon": kinds[key].icon,
                    "object": obj,
                    "title": site_search.highlight(title, marked),
                    "title_lang": title_lang,
                    "url": site_search.result_url(key, obj, request),
                    "snippet": site_search.snippet(text, marked),
                    "snippet_lang": text_lang,
                }
            )
        places = site_search.municipalities(query)
        if not total and not places:
            suggestion = site_search.did_you_mean(words)
    return render(
        request,
        "discovery/site_search.html",
        {
            "query": query,
            "words": words,
            "chosen": chosen,
            "facets": facets,
            "page_obj": page,
            "results": results,
            "total": total,
            "suggestion": suggestion,
            "places": places,
            "messages_list": messages,
            "also_searched": [term for group in groups for term in group.extra],
            "promotions": picks,
            "themes": themes,
        },
    )


def search_suggestions(request):
    """Autocomplete for the header search box: {"suggestions": [{"title", "fictional",
    "label"}, ...]}; ``label`` is "Fictief voorbeeld" for a fictional example, else ""."""
    query, words, _messages = site_search.clean_query(request.GET.get("q", ""))
    if len(query) < 2 or not words:
        return JsonResponse({"suggestions": []})
    found = cached(
        "suggest",
        site_search.cache_key("suggest-labelled", query.lower()),
        compute=lambda: site_search.suggestions(query[:50]),
    )
    label = str(FICTIONAL_LABEL)
    return JsonResponse(
        {
            "suggestions": [
                {"title": title, "fictional": fictional, "label": label if fictional else ""}
                for title, fictional in found
            ]
        }
    )


# Sitemap for people -------------------------------------------------------------------

# (url name, label, one line on what is there) of the sections that are not Wagtail pages.
SITEMAP_SECTIONS = [
    (
        "practices:list",
        _lazy("Praktijkvoorbeelden"),
        _lazy("samenwerkingen van school en jongerenwerk, met filters"),
    ),
    ("practices:submit", _lazy("Deel jouw praktijkvoorbeeld"), _lazy("meld een samenwerking aan")),
    (
        "workshops:list",
        _lazy("Werkplaatsen"),
        _lazy("wat de werkplaatsen in Tilburg en Utrecht onderzochten"),
    ),
    (
        "discovery:factor_map",
        _lazy("Factoren"),
        _lazy("randvoorwaarden, succesfactoren en valkuilen"),
    ),
    (
        "publications:list",
        _lazy("Publicaties"),
        _lazy("rapporten, artikelen en de literatuurstudie"),
    ),
    ("stories:tips", _lazy("Tips"), _lazy("korte, praktische tips")),
    ("discovery:topics", _lazy("Onderwerpen"), _lazy("alles per thema")),
    ("discovery:regions", _lazy("Regio's"), _lazy("per provincie en gemeente")),
    ("discovery:search", _lazy("Zoeken"), _lazy("in alles tegelijk")),
    ("discovery:reading_guide", _lazy("Leeswijzer"), _lazy("wat de labels en factoren betekenen")),
    (
        "discovery:municipality_guide",
        _lazy("Voor gemeenten"),
        _lazy("zo start je een samenwerking"),
    ),
]
SITEMAP_REUSE = [
    ("open_data", _lazy("Open data"), _lazy("de gegevens om zelf te gebruiken")),
    ("api_docs", _lazy("Documentatie van de API"), _lazy("alle adressen van de API")),
    ("discovery:feed", _lazy("Nieuw op de site (Atom-feed)"), _lazy("voor een feedlezer")),
    ("sitemap", _lazy("Sitemap voor zoekmachines (XML)"), _lazy("alle adressen, voor machines")),
]


def sitemap_page(request):
    """The site's structure for people: the sections, the editorial pages two levels deep,
    the provinces and the topics in use. Linked from every page's footer."""
    from wagtail.models import Page, Site

    site = Site.find_for_request(request)
    pages = []
    if site is not None:
        # Two levels below the home page in one query, in tree order.
        root = site.root_page
        tree = (
            Page.objects.descendant_of(root)
            .filter(depth__lte=root.depth + 2)
            .live()
            .public()
            .order_by("path")
        )
        for page in tree:
            if page.depth == root.depth + 1:
                pages.append({"page": page, "url": page.get_url(request), "children": []})
            elif pages and page.path.startswith(pages[-1]["page"].path):
                pages[-1]["children"].append((page, page.get_url(request)))
    return render(
        request,
        "discovery/sitemap.html",
        {
            "sections": [(reverse(name), label, line) for name, label, line in SITEMAP_SECTIONS],
            "reuse": [(reverse(name), label, line) for name, label, line in SITEMAP_REUSE],
            "pages": pages,
            "home_url": site.root_page.get_url(request) if site else "/",
            "provinces": Province.objects.order_by("name"),
            "topics": Tag.objects.filter(topics.in_public_use()).order_by("name"),
        },
    )


# Guide for municipalities ---------------------------------------------------------------

STAPPENPLAN_URL = (
    "https://www.socialestabiliteit.nl/publicaties/publicaties/2021/09/16/"
    "stappenplan-effectieve-samenwerking-tussen-jongerenwerk-en-onderwijs"
)


def municipality_guide(request):
    """'Voor gemeenten': how a municipality starts or strengthens a collaboration, from the
    preconditions and pitfalls the werkplaatsen found, with the scan, the advice line and
    the regions as next steps. Linked from every region page."""
    from jos_portal.scan.models import ScanPage

    scan = ScanPage.objects.live().public().first()
    return render(
        request,
        "discovery/municipality_guide.html",
        {
            "scan_url": scan.get_url(request) if scan else "",
            "stappenplan_url": STAPPENPLAN_URL,
            "factor_kinds": FACTOR_KIND_PLURALS,
        },
    )


def reading_guide(request):
    """'Leeswijzer': what a practice record holds, what its labels mean, what the three
    kinds of factors are and how the factor map counts. Linked where those labels appear."""
    return render(request, "discovery/reading_guide.html", {"factor_kinds": FACTOR_KIND_PLURALS})
