"""Public views of practice examples: list with facets, detail, exports, feed, compare,
and the public submission form."""

import pickle
from collections import Counter
from urllib.parse import quote, urlencode

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.core.cache import cache
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import Case, Count, IntegerField, Value, When, prefetch_related_objects
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from wagtail.models import Site
from wagtail.rich_text import RichText

from jos_portal.operations import caching
from jos_portal.operations.localcache import LocalCache
from jos_portal.operations.pagecache import content_version
from jos_portal.taxonomy import citing, params
from jos_portal.taxonomy.english import english_or, english_requested
from jos_portal.taxonomy.feeds import StyledAtom1Feed
from jos_portal.taxonomy.provenance import labelled
from jos_portal.taxonomy.reach import count_as
from jos_portal.taxonomy.templatetags.english_tags import record_summary

from . import bitsets, exports, filters, submission
from .models import Practice, PracticeListSettings, PracticeTag

PAGE_SIZES = (12, 24, 48)
DEFAULT_PAGE_SIZE = 12
COMPARE_MIN, COMPARE_MAX = 2, 4
# Ticks kept in the list's address (?ids=): more than this is never a visitor's choice.
MAX_CHOSEN = 20
# Parameters of the list that are about the comparison, not about the selection.
COMPARE_PARAMS = ("ids", "vergelijk")
FEED_SIZE = 50
CANDIDATES = 200  # related practices: best candidates per link type


def bad_request(request, message, status=400):
    context = {
        "message": message,
        "back_url": reverse("practices:list"),
        "back_label": _("Terug naar alle praktijkvoorbeelden"),
    }
    return render(request, "bad_request.html", context, status=status)


def parse_selection(request, lookups=None):
    if len(request.META.get("QUERY_STRING", "")) > filters.MAX_QUERY_STRING_LENGTH:
        raise filters.BadFilterInput(_("Het webadres is te lang. Kies minder filters."))
    return filters.parse(request.GET, lookups)


def practice_list(request):
    """The knowledge base: free text, facets with counts, sorting and pagination."""
    # The bitset index answers filters, counts and order in memory; without a working
    # cache (nothing then says when the data changed) the same answers come from SQL,
    # and so does the check which filter values exist.
    index = bitsets.current()
    lookups = None if index is None else filters.vocabulary_lookups(content_version())
    try:
        selection = parse_selection(request, lookups)
    except filters.BadFilterInput as error:
        return bad_request(request, str(error))

    export_format = params.text(request.GET, "format")
    if export_format in ("csv", "xlsx"):
        return _export(request, selection, export_format)
    if export_format:
        return bad_request(request, _("Onbekend exportformaat; kies csv of xlsx."))

    page_size = params.text(request.GET, "aantal")
    if page_size and params.number(page_size) not in PAGE_SIZES:
        return bad_request(request, _("Kies 12, 24 of 48 resultaten per pagina."))
    page_size = params.number(page_size) or DEFAULT_PAGE_SIZE

    if index is not None:
        selection.facet_version = index.version
        paginator = Paginator(bitsets.ordered(index, selection), page_size)
    else:
        results = filters.ordered(selection, filters.apply(selection))
        if isinstance(results, list):
            paginator = Paginator(results, page_size)
        else:
            paginator = CountedPaginator(
                results, page_size, filters.cached_count(selection, results)
            )
    try:
        page = paginator.page(params.page_number(request.GET))
    except PageNotAnInteger:
        return bad_request(request, _("Het paginanummer moet een getal zijn."))
    except EmptyPage:
        return bad_request(
            request,
            ngettext(
                "Pagina %(page)s bestaat niet; er is %(count)d pagina met resultaten.",
                "Pagina %(page)s bestaat niet; er zijn %(count)d pagina's met resultaten.",
                paginator.num_pages,
            )
            % {"page": params.text(request.GET, "pagina", 10), "count": paginator.num_pages},
            status=404,
        )
    practices = LazyCards(page.object_list)

    chosen_ids = chosen_for_compare(request.GET)
    on_page = set(practices.pks())
    elsewhere = [pk for pk in chosen_ids if pk not in on_page]
    if index is not None:
        # The index knows which are published: the practices are read only when their
        # fragment is built.
        known = [pk for pk in elsewhere if pk in index.positions]
        chosen_elsewhere = LazyList(lambda: _chosen_elsewhere(known), len(known))
    else:
        chosen_elsewhere = _chosen_elsewhere(elsewhere)

    site_settings = _list_settings(request)
    context = {
        "selection": selection,
        # Counted when the filter panel is built, not when it comes from the cache.
        "facets": LazyFacets(selection, index),
        "page_obj": page,
        "paginator": paginator,
        "page_range": paginator.get_elided_page_range(page.number, on_each_side=2, on_ends=1),
        "practices": practices,
        "sorts": [(key, label) for key, (label, _order) in filters.SORTS.items()],
        "page_sizes": PAGE_SIZES,
        "page_size": page_size,
        "list_settings": site_settings,
        "query_string": _without(request.GET, COMPARE_PARAMS).urlencode(),
        "filters_cache_key": filters.facet_cache_key(selection),
        "also_searched": filters.also_searched(selection.query)[:10] if selection.query else [],
        "filter_count": len(selection.active) + (1 if selection.query else 0),
        "chosen_ids": chosen_ids,
        "chosen_key": ",".join(str(pk) for pk in chosen_ids),
        "chosen_elsewhere": chosen_elsewhere,
        "chosen_count": len(chosen_elsewhere) + len(on_page.intersection(chosen_ids)),
        "compare_message": _compare_message(request.GET),
        # What the compare form carries along, so the comparison can lead back to this list.
        "list_params": list(_without(request.GET, (*COMPARE_PARAMS, "format")).lists()),
        # The cards of this page are cached as one fragment (templates read them from
        # the database only on a miss); the ticks to compare are part of the key.
        "cards_cache_key": (practices.pks(), chosen_ids),
        # The page links keep the whole query string.
        "pagination_cache_key": (
            request.META.get("QUERY_STRING", ""),
            page.number,
            paginator.num_pages,
        ),
        "chosen_cache_key": [other.pk for other in chosen_elsewhere] if index is None else known,
    }
    return render(request, "practices/practice_list.html", context)


def chosen_for_compare(query):
    """The practice ids ticked to compare (?ids=3&ids=5 or ?ids=3,5), in order, without
    doubles; what is not a number is left out, and at most MAX_CHOSEN are kept."""
    raw = [part for value in params.texts(query, "ids") for part in value.split(",")]
    numbers = (params.number(params.clean(part)) for part in raw[: MAX_CHOSEN * 2])
    return list(dict.fromkeys(n for n in numbers if n))[:MAX_CHOSEN]


def _chosen_elsewhere(pks):
    """Ticked practices that are not on this page (another page or outside the filters):
    one query whatever their number, none without them."""
    if not pks:
        return []
    found = Practice.objects.published().in_bulk(pks)
    return [found[pk] for pk in pks if pk in found]


def _without(query, keys):
    kept = query.copy()
    for key in keys:
        kept.pop(key, None)
    return kept


def _compare_message(query):
    """The notice after a comparison was asked with too few or too many ticks."""
    count = params.number(params.text(query, "vergelijk"), maximum=999)
    if count is None:
        return ""
    if count < COMPARE_MIN:
        return ngettext(
            "Vink minstens twee praktijkvoorbeelden aan om te vergelijken; je koos er %(count)d.",
            "Vink minstens twee praktijkvoorbeelden aan om te vergelijken; je koos er %(count)d.",
            count,
        ) % {"count": count}
    return _(
        "Je kunt hoogstens vier praktijkvoorbeelden tegelijk vergelijken; je koos er "
        "%(count)d. Haal bij een of meer het vinkje weg."
    ) % {"count": count}


class LazyCards:
    """The practices of one page, read from the database when first iterated: a cached
    fragment of cards needs only their pks, and whether there are any."""

    def __init__(self, object_list):
        self.object_list = object_list
        self._practices = None

    def pks(self):
        if isinstance(self.object_list, list):
            return list(self.object_list)
        return [p.pk for p in self]

    def _load(self):
        if self._practices is None:
            self._practices = _page_objects(self.object_list)
        return self._practices

    def __iter__(self):
        return iter(self._load())

    def __len__(self):
        return len(self._load())

    def __bool__(self):
        if isinstance(self.object_list, list) and self._practices is None:
            return bool(self.object_list)
        return bool(self._load())

    def __getitem__(self, key):
        return self._load()[key]


class LazyFacets:
    """The selection's facets, their options counted when first iterated (a cached
    filter panel needs no counts)."""

    def __init__(self, selection, index):
        self.selection = selection
        self.index = index
        self._counted = False

    def __iter__(self):
        if not self._counted:
            filters.compute_facet_options(self.selection, self.index)
            self._counted = True
        return iter(self.selection.facets)

    def __len__(self):
        return len(self.selection.facets)


class CountedPaginator(Paginator):
    """A paginator told its total (from the facet cache) instead of counting again."""

    def __init__(self, object_list, per_page, count):
        super().__init__(object_list, per_page)
        self.known_count = count

    @cached_property
    def count(self):
        return self.known_count


def _page_objects(object_list):
    """The practices of one page with what the cards show, in a fixed number of queries."""
    if isinstance(object_list, list):
        # Relevance order: a list of pks from the search backend.
        by_pk = Practice.objects.published().for_cards().in_bulk(object_list)
        return [by_pk[pk] for pk in object_list if pk in by_pk]
    return list(object_list.for_cards())


def _list_settings(request):
    # for_request: cached on the request, and across requests by the site cache middleware.
    return PracticeListSettings.for_request(request) if Site.find_for_request(request) else None


def _export(request, selection, export_format):
    queryset = filters.ordered(selection, filters.apply(selection))
    if isinstance(queryset, list):
        # Relevance order: the ranked pks. With no hits there is nothing to order (a Case
        # without branches is ORDER BY NULL, which PostgreSQL refuses).
        pks = queryset
        queryset = Practice.objects.published().filter(pk__any_of=set(pks))
        if pks:
            queryset = queryset.order_by(
                Case(
                    *[When(pk=pk, then=Value(i)) for i, pk in enumerate(pks)],
                    output_field=IntegerField(),
                )
            )
        else:
            queryset = queryset.none()

    def url(practice):
        return request.build_absolute_uri(practice.get_absolute_url())

    title = _("Praktijkvoorbeelden")
    if selection.describe():
        title += f": {selection.describe()}"
    if export_format == "csv":
        return exports.csv_response(queryset, url)
    return exports.xlsx_response(queryset, url, title)


def export_csv(request):
    return _export_view(request, "csv")


def export_xlsx(request):
    return _export_view(request, "xlsx")


def _export_view(request, export_format):
    try:
        selection = parse_selection(request)
    except filters.BadFilterInput as error:
        return bad_request(request, str(error))
    return _export(request, selection, export_format)


DETAIL_RELATIONS = (
    "extra_municipalities",
    "school_types",
    "target_groups",
    "factors",
    "tags",
    "organisations__organisation",
    "links",
    "documents__document",
    "working_elements__factor",
    "evaluations",
    "funding_sources",
)


# Published practices this process showed last, pickled, by content version and slug:
# every save, publication or removal bumps the version, so a copy is never stale, and a
# repeat view costs no query (each request unpickles its own instance).
_local_practices = LocalCache(256, max_age=600)


def published_practice(slug):
    """The published practice with this slug (with its municipality, province and
    image), or Http404."""
    key = (content_version(), slug)
    data = _local_practices.get(key)
    if data is not None:
        return pickle.loads(data)  # noqa: S301 - bytes this process pickled itself
    practice = get_object_or_404(
        Practice.objects.published().select_related("municipality__province", "image"),
        slug=slug,
    )
    _local_practices.set(key, pickle.dumps(practice, pickle.HIGHEST_PROTOCOL))
    return practice


def practice_detail(request, slug):
    practice = published_practice(slug)
    url = request.build_absolute_uri(practice.get_absolute_url())
    # The body of the page is a fragment cached under the content version
    # (templates/practices/practice_detail.html): its relations, the related practices
    # and the tips are read only when that fragment is built. The share links and the
    # citation hold the absolute address, so the host is part of its key.

    def load_relations():
        prefetch_related_objects([practice], *DETAIL_RELATIONS)  # skips what it already has

    def json_ld():
        load_relations()
        return structured_data(request, practice)

    context = {
        "practice": practice,
        "detail_cache_key": (practice.pk, request.scheme, request.get_host()),
        "load_relations": load_relations,
        "related": LazyList(lambda: related_practices(practice)),
        "share": share_links(practice, url),
        # A fictional example is not described to search engines as a real work.
        "json_ld": None
        if practice.is_fictional
        else caching.cached(
            "practice-json-ld",
            practice.pk,
            request.scheme,
            request.get_host(),
            get_language(),
            compute=json_ld,
            local=True,
        ),
    }
    # Nor offered for citation (as with publications): no APA line, no Highwire tags.
    if not practice.is_fictional:
        context.update(citation(practice, url))
    response = render(request, "practices/practice_detail.html", context)
    return count_as(request, response, practice, practice.municipality.province)


def share_links(practice, url):
    """Plain links to share a practice: e-mail and LinkedIn, no scripts or trackers. The
    copy button (static/js/share.js) copies ``url``."""
    title = practice.shown_title
    return {
        "url": url,
        "mailto": "mailto:?"
        + urlencode({"subject": title, "body": f"{title}\n{url}"}, quote_via=quote),
        "linkedin": "https://www.linkedin.com/sharing/share-offsite/?"
        + urlencode({"url": url}, quote_via=quote),
    }


def citation(practice, url):
    """The APA 7 line and Highwire tags of a real (not fictional) practice: a page of the
    portal by its publisher, dated by its last publication."""
    published = practice.last_published_at or practice.first_published_at
    date = timezone.localdate(published) if published else None
    translated = practice.title_en if english_requested() else ""
    text, html = citing.apa_web_page(
        practice.title, date, url, kind=_("Praktijkvoorbeeld"), translated_title=translated
    )
    return {
        "apa_text": text,
        "apa_html": html,
        "highwire": citing.page_highwire_tags(practice.title, date, url),
    }


class LazyList:
    """A list computed when a template first uses it; told its length, it answers
    ``len()`` and truth without computing."""

    def __init__(self, compute, length=None):
        self.compute = compute
        self.length = length
        self._items = None

    def _load(self):
        if self._items is None:
            self._items = list(self.compute())
        return self._items

    def __iter__(self):
        return iter(self._load())

    def __len__(self):
        return len(self._load()) if self.length is None else self.length

    def __bool__(self):
        return bool(len(self))


def related_practices(practice, limit=4):
    """The related practices, cached (as pks) until any practice changes."""
    key = filters.cache_key("related", (practice.pk, limit))
    pks = cache.get(key)
    if pks is None:
        pks = [other.pk for other in _compute_related(practice, limit)]
        cache.set(key, pks, filters.FACET_CACHE_SECONDS)
    found = Practice.objects.published().select_related("municipality__province").in_bulk(pks)
    return [found[pk] for pk in pks if pk in found]


def _compute_related(practice, limit):
    """Published practices sharing factors and topics (two points each), then the
    province as a tie-breaker and filler. Scored on the link tables, so the cost follows
    the number of shared links, not the number of practices."""
    factor_ids = [f.pk for f in practice.factors.all()]
    tag_ids = [t.pk for t in practice.tags.all()]
    scores = Counter()
    shared_factors = (
        Practice.factors.through.objects.filter(factor_id__in=factor_ids, practice__live=True)
        .exclude(practice_id=practice.pk)
        .values("practice_id")
        .annotate(n=Count("factor_id"))
        .order_by("-n", "-practice_id")[:CANDIDATES]
    )
    shared_tags = (
        PracticeTag.objects.filter(tag_id__in=tag_ids, content_object__live=True)
        .exclude(content_object_id=practice.pk)
        .values("content_object_id")
        .annotate(n=Count("tag_id"))
        .order_by("-n", "-content_object_id")[:CANDIDATES]
    )
    for row in shared_factors if factor_ids else []:
        scores[row["practice_id"]] += 2 * row["n"]
    for row in shared_tags if tag_ids else []:
        scores[row["content_object_id"]] += 2 * row["n"]
    candidates = Practice.objects.published().select_related("municipality__province")
    related = []
    if scores:
        province_id = practice.municipality.province_id
        for pk, other_province in candidates.filter(pk__in=list(scores)).values_list(
            "pk", "municipality__province_id"
        ):
            scores[pk] += 1 if other_province == province_id else 0
        best = sorted(scores, key=lambda pk: (-scores[pk], -pk))[: limit * 3]
        found = candidates.in_bulk(best)  # anything unpublished drops out here
        related = [found[pk] for pk in best if pk in found][:limit]
    if len(related) < limit:
        nearby = (
            candidates.filter(municipality__province_id=practice.municipality.province_id)
            .exclude(pk__in=[practice.pk, *(p.pk for p in related)])
            .order_by("-first_published_at")[: limit - len(related)]
        )
        related.extend(nearby)
    return related


def structured_data(request, practice):
    """schema.org JSON-LD: a CreativeWork about a collaboration in a place."""
    data = {
        "@context": "https://schema.org",
        "@type": "CreativeWork",
        "name": practice.title,
        "description": practice.summary,
        "url": request.build_absolute_uri(practice.get_absolute_url()),
        "inLanguage": "nl",
        "keywords": ", ".join(t.name for t in practice.tags.all()),
        "about": [f.name for f in practice.factors.all()],
        "audience": [
            {"@type": "Audience", "audienceType": group.name}
            for group in practice.target_groups.all()
        ],
        "spatialCoverage": {
            "@type": "Place",
            "name": practice.municipality.name,
            "containedInPlace": {"@type": "AdministrativeArea", "name": practice.province.name},
        },
        "publisher": {"@type": "Organization", "name": "Platform JEP"},
        "contributor": [
            {"@type": "Organization", "name": o.organisation.name}
            for o in practice.organisations.all()
        ],
        "creativeWorkStatus": practice.get_status_display(),
    }
    if practice.first_published_at:
        data["datePublished"] = practice.first_published_at.date().isoformat()
    if practice.public_last_reviewed:
        data["dateModified"] = practice.public_last_reviewed.isoformat()
    data.update(_databank_structured_data(practice))
    return data


def _databank_structured_data(practice):
    """The databank details in schema.org terms: ages, school types, the official rating
    and the research as works about this one, and the owner (only with consent)."""
    data = {}
    if practice.age_from is not None or practice.age_to is not None:
        low = "" if practice.age_from is None else str(practice.age_from)
        high = "" if practice.age_to is None else str(practice.age_to)
        data["typicalAgeRange"] = f"{low}-{high}"
    school_types = [school_type.name for school_type in practice.school_types.all()]
    if school_types:
        data["educationalLevel"] = school_types
    about_this = []
    if practice.recognition:
        rating = {
            "@type": "Review",
            "name": str(practice.get_recognition_display()),
            "author": {"@type": "Organization", "name": "Erkenningscommissie Interventies"},
        }
        if practice.recognition_databank:
            rating["publisher"] = {
                "@type": "Organization",
                "name": str(practice.get_recognition_databank_display()),
            }
        if practice.recognition_url:
            rating["url"] = practice.recognition_url
        if practice.recognition_date:
            rating["datePublished"] = practice.recognition_date.isoformat()
        if practice.recognition_valid_until:
            rating["expires"] = practice.recognition_valid_until.isoformat()
        about_this.append(rating)
    for evaluation in practice.evaluations.all():
        report = {
            "@type": "Report",
            "name": evaluation.title or str(evaluation.summary),
            "genre": str(evaluation.get_design_display()),
        }
        if evaluation.conducted_by:
            report["author"] = {"@type": "Organization", "name": evaluation.conducted_by}
        if evaluation.year:
            report["datePublished"] = str(evaluation.year)
        if evaluation.url:
            report["url"] = evaluation.url
        about_this.append(report)
    if about_this:
        data["subjectOf"] = about_this
    if practice.show_owner and (practice.owner_organisation or practice.owner_name):
        if practice.owner_organisation:
            data["maintainer"] = {"@type": "Organization", "name": practice.owner_organisation}
        else:
            data["maintainer"] = {"@type": "Person", "name": practice.owner_name}
    return data


def compare(request):
    """Two to four published practices side by side (?ids=1,2 or ?ids=1&ids=2).

    The list's compare form also sends the list's own parameters (filters, sort, page):
    with too few or too many ticks the visitor goes back to that same list, ticks kept,
    with a message; the comparison's back link leads there as well.
    """
    if len(request.META.get("QUERY_STRING", "")) > filters.MAX_QUERY_STRING_LENGTH:
        return bad_request(request, _("Het webadres is te lang. Kies minder filters."))
    raw = [part for value in params.texts(request.GET, "ids") for part in value.split(",")]
    raw = [part for part in (params.clean(part) for part in raw) if part]
    if any(len(part) > 12 for part in raw):
        return bad_request(request, _("De keuze om te vergelijken bevat een ongeldig nummer."))
    numbers = [params.number(part) for part in raw]
    if None in numbers:
        return bad_request(request, _("De keuze om te vergelijken bevat een ongeldig nummer."))
    ids = list(dict.fromkeys(numbers))
    message = ""
    if len(ids) < len(raw):
        message = _("Een voorbeeld stond dubbel in de keuze; het wordt één keer getoond.")
    list_query = _without(request.GET, COMPARE_PARAMS)
    if len(ids) < COMPARE_MIN or len(ids) > COMPARE_MAX:
        back = list_query.copy()
        back.setlist("ids", [str(pk) for pk in ids[:MAX_CHOSEN]])
        back["vergelijk"] = str(len(ids))
        return redirect(f"{reverse('practices:list')}?{back.urlencode()}#compare-notice")
    found = (
        Practice.objects.published()
        .filter(pk__in=ids)
        .select_related("municipality__province")
        .prefetch_related(
            "extra_municipalities",
            "school_types",
            "target_groups",
            "factors",
            "tags",
            "organisations__organisation",
            "working_elements",
            "evaluations",
            "funding_sources",
        )
        .in_bulk()
    )
    if len(found) != len(ids):
        return bad_request(
            request, _("Een of meer gekozen praktijkvoorbeelden bestaan niet (meer)."), status=404
        )
    practices = [found[pk] for pk in ids]
    rows = compare_rows(practices)
    back = list_query.copy()
    back.setlist("ids", [str(pk) for pk in ids])
    context = {
        "practices": practices,
        "rows": rows,
        # The phone layout: per aspect, the value of every chosen practice right under
        # one another, so the eye compares within a screen instead of across cards.
        "aspects": [(label, list(zip(practices, values, strict=True))) for label, values in rows],
        "message": message,
        "back_url": f"{reverse('practices:list')}?{back.urlencode()}",
    }
    return render(request, "practices/compare.html", context)


def compare_rows(practices):
    """(label, one value per practice): first what a choice rests on (goal, results,
    working elements, school types, region, evidence, contact), then the details."""

    def joined(items):
        return ", ".join(str(item) for item in items) or "–"

    english = english_requested()

    def dutch(value):
        """Dutch text on an English page is marked as Dutch (WCAG 3.1.2)."""
        if not english or not value or value == "–":
            return value
        return format_html('<span lang="nl">{}</span>', value)

    def rich(value):
        if not value:
            return "–"
        # Under /en/ the Dutch text is marked as Dutch (WCAG 3.1.2).
        if english:
            return format_html('<div lang="nl">{}</div>', RichText(value))
        return RichText(value)

    return [
        (_("Samenvatting"), [record_summary(p) or "–" for p in practices]),
        (_("Doel"), [rich(p.goal) for p in practices]),
        (_("Resultaten"), [rich(p.results) for p in practices]),
        (_("Werkzame elementen"), [dutch(p.working_elements_display or "–") for p in practices]),
        (
            _("Schooltypen"),
            [dutch(joined(s.name for s in p.school_types.all())) for p in practices],
        ),
        (_("Regio"), [_region(p) for p in practices]),
        (_("Herkomst van de kennis"), [p.public_evidence_level for p in practices]),
        (_("Officiële erkenning"), [p.recognition_display or "–" for p in practices]),
        (_("Onderzoek"), [p.evaluations_display or "–" for p in practices]),
        (_("Contact"), [_contact(p) for p in practices]),
        (_("Soort samenwerking"), [p.get_collaboration_type_display() for p in practices]),
        (_("Fase"), [p.get_stage_display() for p in practices]),
        (_("Status"), [p.get_status_display() for p in practices]),
        (_("Startjaar"), [p.start_year or "–" for p in practices]),
        (
            _("Doelgroepen"),
            [dutch(joined(t.name for t in p.target_groups.all())) for p in practices],
        ),
        (_("Factoren"), [dutch(joined(f.name for f in p.factors.all())) for p in practices]),
        (_("Leeftijd"), [p.age_display or "–" for p in practices]),
        (_("Soort preventie"), [p.get_prevention_level_display() or "–" for p in practices]),
        (_("Voor wie precies"), [dutch(p.inclusion_criteria or "–") for p in practices]),
        (_("Uren jongerenwerk"), [p.hours_display or "–" for p in practices]),
        (_("Inzet van anderen"), [dutch(p.other_staff_time or "–") for p in practices]),
        (_("Kosten"), [p.cost_display or "–" for p in practices]),
        (_("Wat de kosten dekken"), [dutch(p.costs_cover or "–") for p in practices]),
        (_("Financiering"), [dutch(p.funding_display or "–") for p in practices]),
        (_("Duur en omvang"), [p.duration_display or "–" for p in practices]),
        (_("Eigenaar"), [p.owner_display or "–" for p in practices]),
        (_("Onderwerpen"), [dutch(joined(t.name for t in p.tags.all())) for p in practices]),
        (
            _("Organisaties"),
            [joined(o.organisation.name for o in p.organisations.all()) for p in practices],
        ),
    ]


def _region(practice):
    """ "Tilburg (Noord-Brabant), jeugdregio Hart van Brabant; ook in Goirle"."""
    place = practice.municipality
    text = f"{place.display_name} ({practice.province.name})"
    if place.jeugdregio_name:
        text += ", " + _("jeugdregio %(name)s") % {"name": place.jeugdregio_name}
    extra = [m.display_name for m in practice.extra_municipalities.all()]
    if extra:
        text += "; " + _("ook in %(places)s") % {"places": ", ".join(extra)}
    return text


def _contact(practice):
    """The contact person, only with their consent; None without, or when the record has
    no contact details at all (the template then points to the advice line, whose name is
    a site setting). Name, role and organisation on one line; e-mail and phone each on a
    line of their own."""
    if not practice.show_contact:
        return None
    lines = []
    who = [
        part
        for part in (
            practice.contact_name,
            practice.contact_role,
            practice.contact_organisation,
        )
        if part
    ]
    if who:
        lines.append(format_html_join(", ", "{}", ((part,) for part in who)))
    if practice.contact_email:
        lines.append(
            format_html(
                '<a href="mailto:{}">{}</a>', practice.contact_email, practice.contact_email
            )
        )
    if practice.contact_phone:
        lines.append(format_html("{}", practice.contact_phone))
    if not lines:
        return None
    return format_html_join(mark_safe("<br>"), "{}", ((line,) for line in lines))


class PracticeFeed(Feed):
    """Atom feed of the newest published practices in the current selection."""

    feed_type = StyledAtom1Feed

    def get_object(self, request):
        try:
            self.selection = parse_selection(request)
        except filters.BadFilterInput as error:
            raise Http404(str(error)) from error
        self.request = request
        return self.selection

    def title(self, selection):
        description = selection.describe()
        base = _("Nieuwe praktijkvoorbeelden")
        return f"{base}: {description}" if description else base

    def link(self, selection):
        query = self.request.GET.urlencode()
        return reverse("practices:list") + (f"?{query}" if query else "")

    def feed_url(self, selection):
        return self.request.get_full_path()

    def subtitle(self, selection):
        return _("Praktijkvoorbeelden van samenwerking tussen school en jongerenwerk (JOS).")

    def items(self, selection):
        return (
            filters.apply(selection)
            .order_by("-first_published_at", "-pk")
            .select_related("municipality__province")
            .prefetch_related("tags", "funding_sources", "evaluations")[:FEED_SIZE]
        )

    def item_title(self, item):
        return labelled(item, english_or(item, "title_en", item.title))

    def item_description(self, item):
        """The summary, then the databank facts a reader acts on (those that are known)."""
        facts = [
            (_("Officiële erkenning"), item.recognition_display),
            (_("Herkomst van de kennis"), item.public_evidence_level),
            (_("Leeftijd"), item.age_display),
            (_("Soort preventie"), item.get_prevention_level_display()),
            (_("Jongerenwerk"), item.hours_display),
            (_("Kosten"), item.cost_display),
            (_("Financiering"), item.funding_display),
        ]
        known = " · ".join(f"{label}: {value}" for label, value in facts if value)
        summary = english_or(item, "summary_en", item.summary)
        return f"{summary} ({known})" if known else summary

    def item_link(self, item):
        return item.get_absolute_url()

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at

    def item_categories(self, item):
        return [t.name for t in item.tags.all()]

    def item_author_name(self, item):
        return "Platform JEP"

    def item_guid(self, item):
        # Stable across slug changes, so readers do not show a renamed item as new.
        return f"urn:jos:praktijkvoorbeeld:{item.pk}"

    item_guid_is_permalink = False


@require_http_methods(["GET", "POST"])
def submit_practice(request):
    """The public submission form; a valid POST ends on the confirmation page."""
    if request.method == "POST":
        form = submission.SubmissionForm(request.POST, request.FILES)
        # The visitor's own address, also behind the proxy (jos_portal/operations/clientip.py).
        if submission.rate_limited(request.client_ip):
            # Refused, but what they typed stays in the form (only a file must be chosen again).
            context = {
                "form": form,
                "throttled": True,
                "rate_limit": settings.SUBMISSION_RATE_LIMIT,
            }
            return render(request, "practices/submit.html", context, status=429)
        if form.is_valid():
            submission.count_submission(request.client_ip)
            if form.is_spam:
                # Bots get the same confirmation as people, but nothing is stored or sent.
                return redirect("practices:submit_thanks")
            practice, _revision = submission.create_practice(form.cleaned_data)
            submission.send_confirmation(practice, request)
            thanks = reverse("practices:submit_thanks")
            if practice.possible_duplicate_id:
                thanks += "?dubbel=1"
            return redirect(thanks)
    else:
        form = submission.SubmissionForm()
    return render(request, "practices/submit.html", {"form": form})


def submit_thanks(request):
    # The notice says no more than that something similar exists: no title, no link.
    context = {"likely_duplicate": request.GET.get("dubbel") == "1"}
    return render(request, "practices/submit_thanks.html", context)
