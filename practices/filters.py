"""Faceted filtering of practice examples.

The URL holds the whole state: each facet is a repeated query parameter
(``?provincie=noord-brabant&schooltype=havo&schooltype=vwo``), values within one facet
are OR-ed and facets are AND-ed. Facet counts are "disjunctive": the counts of a facet
are computed on the selection of all *other* facets, so an option shows how many results
it gives on its own with the other filters unchanged (ticking a second option in the same
facet adds its count, minus practices that have both). Every facet costs one aggregate
query, whatever the page size.
"""

import functools
import hashlib
import re
from dataclasses import dataclass, field

from django.core.cache import cache
from django.db import connection
from django.db.models import Case, Count, Exists, OuterRef, Q, Subquery, Value, When
from django.utils.text import slugify
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from wagtail.search.backends import get_search_backend
from wagtail.search.query import And, Or, PlainText

from jos_portal.taxonomy import params
from jos_portal.taxonomy.models import Factor, Municipality, Province, SchoolType, TargetGroup
from jos_portal.taxonomy.search import postgresql_matches

from .models import (
    COST_BANDS,
    FACET_VERSION_KEY,
    CollaborationType,
    CostBand,
    EvidenceLevel,
    FundingSource,
    Practice,
    PracticeEvaluation,
    PracticeTag,
    Recognition,
    Stage,
    Status,
)

MAX_VALUES_PER_FACET = 30
MAX_VALUE_LENGTH = 100
MAX_QUERY_LENGTH = 200
MAX_QUERY_STRING_LENGTH = 4000
# A text query narrows to at most this many best matches (keeps SQL parameter lists small).
MAX_SEARCH_RESULTS = 5000
# Only words reach the search backend: quotes and operators would be query syntax there.
SEARCH_WORD = re.compile(r"\w+")

Coverage = Practice.coverage.through
SchoolTypes = Practice.school_types.through
TargetGroups = Practice.target_groups.through
Factors = Practice.factors.through
FundingSources = Practice.funding_sources.through


# The conditions are built once per process (Django copies a Q object where it uses it).
@functools.cache
def evidence_conditions():
    """The own scale as visitors see it: "evaluated" only with an evaluation on record
    (see Practice.public_evidence_level); without one such a record counts as described."""
    evaluated = Q(evidence_level=EvidenceLevel.EVALUATED) & (
        ~Q(evidence_url="") | Exists(PracticeEvaluation.objects.filter(practice=OuterRef("pk")))
    )
    return {
        EvidenceLevel.DESCRIBED: Q(evidence_level=EvidenceLevel.DESCRIBED)
        | (Q(evidence_level=EvidenceLevel.EVALUATED) & ~evaluated),
        EvidenceLevel.WORKPLACE: Q(evidence_level=EvidenceLevel.WORKPLACE),
        EvidenceLevel.EVALUATED: evaluated,
    }


@functools.cache
def cost_band_condition(band):
    """Practices whose yearly cost (the upper bound, else the only amount) is in the band."""
    low, high = COST_BANDS[band]

    def within(name):
        q = Q(**{f"{name}__isnull": False})
        if low is not None:
            q &= Q(**{f"{name}__gte": low})
        if high is not None:
            q &= Q(**{f"{name}__lt": high})
        return q

    return within("cost_per_year_to") | (
        Q(cost_per_year_to__isnull=True) & within("cost_per_year_from")
    )


class BadFilterInput(ValueError):
    """The request cannot be served as asked; the message is shown to the user (400)."""


@dataclass
class Option:
    value: str
    label: str
    count: int = 0
    selected: bool = False


@dataclass
class Facet:
    """One filter: its URL parameter, how it filters and how its options are counted."""

    key: str
    label: str
    # Choice facets filter a column of Practice; relation facets a through-table.
    field_name: str = ""
    choices: tuple = ()
    through: type | None = None
    through_practice: str = "practice_id"
    through_value: str = ""
    through_label: str = ""
    lookup_model: type | None = None
    lookup_field: str = "slug"
    lookup_label: str = "name"
    # An optional second name (a municipality's usual name): shown before the label,
    # and its slug accepted as a value ("den-haag" selects 's-Gravenhage).
    through_alias: str = ""
    lookup_alias: str = ""
    # Options in the vocabulary's own order (school types in school order) instead of A-Z.
    through_order: str = ""
    # Narrows the lookup to values a visitor may see (topics of published practices).
    lookup_filter: dict = field(default_factory=dict)
    # Count distinct practices: needed where one practice can reach a value twice
    # (two municipalities of a regional practice in the same province).
    distinct: bool = False
    # Choice facets over a derived value: {value: Q}, instead of field_name == value.
    value_conditions: dict = field(default_factory=dict)
    # Long vocabularies show only their largest options (plus the selected ones).
    max_options: int | None = None
    hidden_options: int = 0
    selected: list = field(default_factory=list)
    options: list = field(default_factory=list)

    def is_choice(self):
        return bool(self.choices)

    @property
    def dutch_labels(self):
        """Labels from the database (school types, target groups, factors, topics,
        funding) are Dutch words, also in the English interface: marked lang="nl" there
        (WCAG 3.1.2). Choice labels are translated; place names are names."""
        return not self.is_choice() and self.key not in PLACE_FACETS

    def known_values(self, values, lookup=None):
        """(value, label) pairs of the given values that exist: from ``lookup`` (the
        facet's whole vocabulary, see ``vocabulary_lookups``) when given, else one query
        for relations (two with a second name)."""
        if self.is_choice():
            labels = dict(self.choices)
            return [(v, str(labels[v])) for v in values if v in labels]
        if lookup is None:
            lookup = self.lookup(values)
        found, by_alias = lookup.labels, lookup.by_alias
        resolved = []
        for v in values:
            if v in found:
                resolved.append((v, found[v]))
            elif v in by_alias:
                resolved.append(by_alias[v])
        return list(dict.fromkeys(resolved))

    def aliases(self, values, lookup=None):
        """The values that name a record by its second name, e.g. den-haag."""
        if not self.lookup_alias:
            return set()
        if lookup is None:
            lookup = self.lookup(())
        return set(lookup.by_alias) & set(values)

    def lookup(self, values=None):
        """The facet's vocabulary as a ``Lookup``: only ``values`` (and every second
        name), or with ``values=None`` all of it. One query, two with a second name."""
        rows = self.lookup_model.objects.filter(**self.lookup_filter)
        if values is not None:
            rows = rows.filter(**{f"{self.lookup_field}__in": values})
        found = dict(rows.values_list(self.lookup_field, self.lookup_label).distinct())
        by_alias = {}
        if self.lookup_alias:
            aliased = (
                self.lookup_model.objects.exclude(**{self.lookup_alias: ""})
                .values_list(self.lookup_field, self.lookup_label, self.lookup_alias)
                .distinct()
            )
            for value, label, alias in aliased:
                if value in found:
                    found[value] = with_alias(label, alias)
                by_alias[slugify(alias)] = (value, with_alias(label, alias))
        return Lookup(found, by_alias)

    def value_condition(self, value):
        """A Q object selecting practices with one value of a choice facet."""
        if self.value_conditions:
            return self.value_conditions[value]
        return Q(**{self.field_name: value})

    def condition(self, values):
        """A Q object selecting practices with any of the values."""
        if self.is_choice() and self.value_conditions:
            q = Q()
            for value in values:
                q |= self.value_condition(value)
            return q
        if self.is_choice():
            return Q(**{f"{self.field_name}__in": values})
        matching = self.through.objects.filter(**{f"{self.through_value}__in": values})
        return Q(pk__in=Subquery(matching.values(self.through_practice)))

    def count(self, queryset):
        """{value: (label, count)} over the given practices; one query."""
        if self.is_choice():
            labels = dict(self.choices)
            rows = queryset.order_by().values(self.field_name).annotate(n=Count("pk"))
            return {
                r[self.field_name]: (str(labels.get(r[self.field_name], "")), r["n"]) for r in rows
            }
        rows = (
            self.through.objects.filter(
                **{f"{self.through_practice}__in": Subquery(queryset.order_by().values("pk"))}
            )
            .order_by()
            .values(
                self.through_value,
                self.through_label,
                *filter(None, [self.through_alias, self.through_order]),
            )
            .annotate(n=Count(self.through_practice, distinct=self.distinct))
        )
        if self.through_order:
            # The counts keep this order (a dict keeps insertion order, also in the cache).
            rows = rows.order_by(self.through_order, self.through_value)
        return {
            r[self.through_value]: (
                with_alias(r[self.through_label], r.get(self.through_alias)),
                r["n"],
            )
            for r in rows
            if r[self.through_value]
        }


@dataclass(frozen=True)
class Lookup:
    """What a relation facet accepts: {value: label} (a second name shown before the
    label) and {slug of a second name: (value, label)}."""

    labels: dict
    by_alias: dict


# This process's vocabulary of every relation facet: (content version, {key: Lookup}).
_lookups = [None]


def vocabulary_lookups(version):
    """{facet key: Lookup} for every relation facet, held per process under the content
    version (every change to a vocabulary, a tag or a practice bumps it), so parsing a
    selection costs no query; read again (a query per facet) after a change."""
    held = _lookups[0]
    if held is not None and held[0] == version:
        return held[1]
    tables = {f.key: f.lookup() for f in build_facets() if not f.is_choice()}
    _lookups[0] = (version, tables)
    return tables


def with_alias(label, alias):
    """ "Den Haag ('s-Gravenhage)" for a record with a usual name, else the label."""
    if alias and alias != label:
        return f"{alias} ({label})"
    return label


def build_facets():
    return [
        Facet(
            "provincie",
            _("Provincie"),
            through=Coverage,
            through_value="municipality__province__slug",
            through_label="municipality__province__name",
            lookup_model=Province,
            distinct=True,
        ),
        Facet(
            "gemeente",
            _("Gemeente"),
            through=Coverage,
            through_value="municipality__slug",
            through_label="municipality__name",
            through_alias="municipality__common_name",
            lookup_model=Municipality,
            lookup_alias="common_name",
            max_options=15,
        ),
        Facet(
            "jeugdregio",
            _("Jeugdregio"),
            through=Coverage,
            through_value="municipality__jeugdregio_code",
            through_label="municipality__jeugdregio_name",
            lookup_model=Municipality,
            lookup_field="jeugdregio_code",
            lookup_label="jeugdregio_name",
            distinct=True,
        ),
        Facet(
            "schooltype",
            _("Schooltype"),
            through=SchoolTypes,
            through_value="schooltype__slug",
            through_label="schooltype__name",
            through_order="schooltype__sort_order",
            lookup_model=SchoolType,
        ),
        Facet(
            "doelgroep",
            _("Doelgroep"),
            through=TargetGroups,
            through_value="targetgroup__slug",
            through_label="targetgroup__name",
            lookup_model=TargetGroup,
        ),
        Facet(
            "samenwerking", _("Soort samenwerking"), "collaboration_type", CollaborationType.choices
        ),
        Facet("fase", _("Fase"), "stage", Stage.choices),
        Facet(
            "factor",
            _("Factor"),
            through=Factors,
            through_value="factor__slug",
            through_label="factor__name",
            lookup_model=Factor,
        ),
        Facet(
            "onderwerp",
            _("Onderwerp"),
            through=PracticeTag,
            through_practice="content_object_id",
            through_value="tag__slug",
            through_label="tag__name",
            lookup_model=PracticeTag,
            lookup_field="tag__slug",
            lookup_label="tag__name",
            lookup_filter={"content_object__live": True},
            max_options=40,
        ),
        Facet("erkenning", _("Officiële erkenning"), "recognition", Recognition.choices),
        Facet(
            "onderbouwing",
            _("Herkomst van de kennis"),
            "evidence_level",
            EvidenceLevel.choices,
            value_conditions=evidence_conditions(),
        ),
        Facet(
            "financiering",
            _("Financiering"),
            through=FundingSources,
            through_value="fundingsource__slug",
            through_label="fundingsource__name",
            lookup_model=FundingSource,
        ),
        Facet(
            "kosten",
            _("Kosten per jaar"),
            "cost_band",
            CostBand.choices,
            value_conditions={band: cost_band_condition(band) for band in CostBand.values},
        ),
        Facet("status", _("Status"), "status", Status.choices),
    ]


SORTS = {
    "nieuwste": (_("nieuwste eerst"), ["-first_published_at", "-pk"]),
    "titel": (_("titel (A-Z)"), ["title", "pk"]),
    "gecontroleerd": (_("laatst gecontroleerd"), ["-last_reviewed", "-pk"]),
    "relevantie": (_("beste match"), None),
}


@dataclass
class Selection:
    """The parsed, validated state of a practice list request."""

    facets: list
    query: str = ""
    sort: str = "nieuwste"
    messages: list = field(default_factory=list)
    _matching_pks: list | None = None
    _facet_key: str | None = None
    # The practice data version when already known (from the bitset index).
    facet_version: int | None = None

    @property
    def active(self):
        return [
            (facet, value, label)
            for facet in facets_with_selection(self.facets)
            for value, label in facet.selected
        ]

    def matching_pks(self):
        """The pks matching the free-text query, best match first.

        The search runs once per request; the list then serves the filters, every facet
        count and the relevance order.
        """
        if self._matching_pks is None:
            key = cache_key("search", self.query)
            self._matching_pks = cache.get(key)
            if self._matching_pks is None:
                self._matching_pks = search_pks(
                    Practice.objects.published(), self.query, MAX_SEARCH_RESULTS
                )
                cache.set(key, self._matching_pks, FACET_CACHE_SECONDS)
        return self._matching_pks

    @property
    def is_filtered(self):
        return bool(self.query or any(f.selected for f in self.facets))

    def describe(self):
        """A short Dutch description of the selection, for feed and export titles."""
        parts = [label for _facet, _value, label in self.active]
        if self.query:
            parts.append(f"“{self.query}”")
        return ", ".join(parts)


def facets_with_selection(facets):
    return [f for f in facets if f.selected]


def parse(query_params, lookups=None):
    """Validate the query parameters into a Selection; BadFilterInput for malformed input.

    Unknown values (a removed tag, a typo) are dropped with a message instead of failing,
    so shared links keep working. ``lookups`` (``vocabulary_lookups``) answers which
    values exist without a query; without it each filtered relation facet asks the
    database.
    """
    facets = build_facets()
    selection = Selection(facets=facets)
    for facet in facets:
        raw = params.texts(query_params, facet.key)
        if len(raw) > MAX_VALUES_PER_FACET:
            raise BadFilterInput(
                _("Te veel waarden voor het filter %(filter)s (maximaal %(max)d).")
                % {"filter": facet.label, "max": MAX_VALUES_PER_FACET}
            )
        if any(len(v) > MAX_VALUE_LENGTH for v in raw):
            raise BadFilterInput(_("Een filterwaarde is te lang."))
        raw = list(dict.fromkeys(raw))
        if not raw:
            continue
        lookup = lookups.get(facet.key) if lookups is not None else None
        known = facet.known_values(raw, lookup)
        facet.selected = known
        missing = [v for v in raw if v not in dict(known)]
        aliases = facet.aliases(missing, lookup) if missing else set()
        unknown = [v for v in missing if v not in aliases]
        if unknown:
            selection.messages.append(
                _("Onbekende waarde voor %(filter)s genegeerd: %(values)s.")
                % {"filter": facet.label, "values": ", ".join(v[:40] for v in unknown)}
            )
    query = " ".join(params.text(query_params, "q", max_length=None).split())
    if len(query) > MAX_QUERY_LENGTH:
        raise BadFilterInput(
            _("De zoekvraag is te lang (maximaal %(max)d tekens).") % {"max": MAX_QUERY_LENGTH}
        )
    if query and not SEARCH_WORD.search(query):
        selection.messages.append(_("De zoekvraag bevat geen woorden; alle resultaten getoond."))
        query = ""
    selection.query = query
    sort = params.text(query_params, "sorteer")
    if sort and sort not in SORTS:
        selection.messages.append(_("Onbekende sortering; gesorteerd op nieuwste eerst."))
        sort = ""
    if sort == "relevantie" and not query:
        sort = ""
    selection.sort = sort or ("relevantie" if query else "nieuwste")
    return selection


# The shell (jos_portal.discovery) plugs in the Dutch query expansion: a function from the
# query words to their groups (``dutch.Group``: the word and its alternatives, compound
# parts, near-misses and the editors' search words). Without it each word stands alone.
_query_expansion = None


def use_query_expansion(expand):
    global _query_expansion
    _query_expansion = expand


def query_groups(words):
    """[(typed word, (alternative, ...), [extra terms])] per query word; an alternative is
    a tuple of words that must all match."""
    if _query_expansion is None or not words:
        return [(word, ((word,),), []) for word in words]
    return [(g.typed, g.alternatives, g.extra) for g in _query_expansion(words)]


def also_searched(query):
    """The terms the expansion added to the query, for "Ook gezocht op"."""
    words = SEARCH_WORD.findall(query or "")
    return [term for _typed, _alts, extra in query_groups(words) for term in extra]


def search_pks(queryset, query, limit):
    """The pks of the practices matching a free-text query, best match first, at most
    ``limit``.

    PostgreSQL: full text with the Dutch configuration, ranked in one query on Wagtail's
    index table (``jos_portal.taxonomy.search``, the same rows and scores as the backend).
    SQLite FTS5 (local development): the backend ranks with a correlated subquery per row
    (minutes at 10,000 records), so there it only finds the matches and a cheap score
    (query words in the title) orders them.
    """
    words = SEARCH_WORD.findall(query)
    groups = [alternatives for _typed, alternatives, _extra in query_groups(words)]
    if connection.vendor == "postgresql":
        return [pk for pk, _title, _score in postgresql_matches(queryset, groups, limit)]
    if not groups:
        return []
    expanded = And(
        [Or([PlainText(" ".join(alt), operator="and") for alt in group]) for group in groups]
    )
    matches = (
        get_search_backend().search(expanded, queryset, order_by_relevance=False).get_queryset()
    )
    title_hits = sum(
        (Case(When(title__icontains=word, then=Value(1)), default=Value(0)) for word in words),
        Value(0),
    )
    return list(
        queryset.filter(pk__in=Subquery(matches.order_by().values("pk")))
        .annotate(title_hits=title_hits)
        .order_by("-title_hits", "-first_published_at", "-pk")
        .values_list("pk", flat=True)[:limit]
    )


def apply(selection, queryset=None, exclude=None):
    """The published practices matching the selection, optionally ignoring one facet."""
    queryset = Practice.objects.published() if queryset is None else queryset
    if selection.query:
        queryset = queryset.filter(pk__any_of=set(selection.matching_pks()))
    for facet in selection.facets:
        if facet.selected and facet is not exclude:
            queryset = queryset.filter(facet.condition([v for v, _label in facet.selected]))
    return queryset


FACET_CACHE_SECONDS = 600
# Facets whose options are place names (no language of their own).
PLACE_FACETS = frozenset({"provincie", "gemeente", "jeugdregio"})


def cache_key(kind, state, version=None):
    """A cache key for derived data (facet counts, search matches), tied to the version
    that every change to a practice bumps (read from the cache unless given)."""
    if version is None:
        version = cache.get_or_set(FACET_VERSION_KEY, 1, None)
    digest = hashlib.sha256(repr(state).encode()).hexdigest()[:32]
    return f"practices:{kind}:{version}:{digest}"


def facet_cache_key(selection):
    """The key of everything derived from the selection alone (counts, the filter form)."""
    if selection._facet_key is None:
        state = [(f.key, sorted(v for v, _label in f.selected)) for f in selection.facets]
        # Choice labels are translated: the interface language is part of the key.
        selection._facet_key = cache_key(
            "facets", (state, selection.query, get_language()), selection.facet_version
        )
    return selection._facet_key


def cached_count(selection, queryset):
    """The number of practices in the selection, cached like the facet counts."""
    key = facet_cache_key(selection) + ":total"
    total = cache.get(key)
    if total is None:
        total = queryset.count()
        cache.set(key, total, FACET_CACHE_SECONDS)
    return total


def compute_facet_options(selection, index=None):
    """Fill each facet's options with counts on the selection of the other facets.

    With a bitset index (``practices.bitsets``) the counts are intersections in memory.
    Without one they are queries, cached per selection until the next change to any
    practice (a version key bumped by the model's save and delete), so the common lists
    cost no count queries.
    """
    if index is not None:
        from . import bitsets

        counts = bitsets.count_all(index, selection)
        for facet in selection.facets:
            _fill_options(selection, facet, counts[facet.key])
        return
    key = facet_cache_key(selection)
    cached = cache.get(key)
    if cached is None:
        cached = _count_all(selection)
        cache.set(key, cached, FACET_CACHE_SECONDS)
    for facet in selection.facets:
        _fill_options(selection, facet, cached[facet.key])


def _count_all(selection):
    """{facet key: {value: (label, count)}}: one query for all choice facets together
    (conditional aggregation) and one per relation facet."""
    counts = {}
    choice_facets = [f for f in selection.facets if f.is_choice()]
    aggregates, slots = {}, []
    for facet in choice_facets:
        others = Q()
        for other in selection.facets:
            if other.selected and other is not facet:
                others &= other.condition([v for v, _label in other.selected])
        for value, label in facet.choices:
            alias = f"c{len(slots)}"
            slots.append((facet.key, value, str(label), alias))
            aggregates[alias] = Count("pk", filter=others & facet.value_condition(value))
    base = Practice.objects.published()
    if selection.query:
        base = base.filter(pk__any_of=set(selection.matching_pks()))
    totals = base.aggregate(**aggregates) if aggregates else {}
    for facet_key, value, label, alias in slots:
        counts.setdefault(facet_key, {})[value] = (label, totals[alias])
    for facet in selection.facets:
        if not facet.is_choice():
            counts[facet.key] = facet.count(apply(selection, exclude=facet))
    return counts


def _fill_options(selection, facet, counts):
    selected = dict(facet.selected)
    options = []
    if facet.is_choice():
        for value, label in facet.choices:
            n = counts.get(value, ("", 0))[1]
            if n or value in selected:
                options.append(Option(value, str(label), n, value in selected))
    else:
        for value, (label, n) in counts.items():
            options.append(Option(value, label, n, value in selected))
        for value, label in selected.items():
            if value not in counts:
                options.append(Option(value, label, 0, True))
        limit = facet.max_options
        if facet.key == "gemeente" and any(
            f.selected for f in selection.facets if f.key in ("provincie", "jeugdregio")
        ):
            limit = None  # within a province every municipality is a short list
        if limit and len(options) > limit:
            # Keep the selected ones and the largest; the rest stays reachable
            # through a province filter or the free-text search.
            options.sort(key=lambda o: (not o.selected, -o.count, o.value))
            facet.hidden_options = len(options) - limit
            options = options[:limit]
        if not facet.through_order:
            options.sort(key=lambda o: ((o.label or "").lower(), o.value))
    facet.options = options


def ordered(selection, queryset):
    """The selection in the chosen order: a queryset, or for relevance a list of pks
    in the search backend's ranking (two queries whatever the page size)."""
    if selection.sort != "relevantie":
        return queryset.order_by(*SORTS[selection.sort][1])
    allowed = set(queryset.order_by().values_list("pk", flat=True))
    return [pk for pk in selection.matching_pks() if pk in allowed]
