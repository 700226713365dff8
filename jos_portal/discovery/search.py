"""One search over every published record type: practices, werkplaats sessions, factors,
publications (chapter titles included through their index), stories, tips, events and the
other live Wagtail pages.

Each query word is expanded first (``dutch.py``: compound parts, near-misses and the
editors' search words), on both databases; a record must match every word or one of its
alternatives.

Backends (``WAGTAILSEARCH_BACKENDS``, Wagtail's database backend):

- PostgreSQL: full text with the ``dutch`` configuration (stemming: "scholen" finds
  "school") and ``ts_rank`` scores, which are comparable across record types, so the
  types are merged on score. The matching query reads Wagtail's index table itself
  (``jos_portal.taxonomy.search``: same rows and scores as the backend, about five times faster
  on 10,000 practices); a test compares the two.
- SQLite (FTS5, local development): the backend's own ranking is a correlated subquery
  per row (O(n²) at 10,000 records), so it only finds the matches; a cheap score (query
  words in the title) orders them. No stemming.

"Did you mean" is this module's own: when a query finds nothing, each word is compared
(``difflib``) with the words of all published titles, topic names and municipality names
(CBS and usual, so "Den Haag" is never corrected); this works on
both databases. The backend's ``Fuzzy`` query would need the pg_trgm extension on
PostgreSQL and is not supported on SQLite, so it is not used.

Queries per search: one per record type for the matches (pk, title, score), then one per
type present on the shown page for the objects themselves; independent of data size.
"""

import difflib
import hashlib
import re
from collections import OrderedDict
from dataclasses import dataclass

from django.db import connection
from django.db.models import BooleanField, Case, IntegerField, Q, Value, When
from django.urls import reverse
from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from wagtail.models import Page, get_page_models
from wagtail.search.backends import get_search_backend
from wagtail.search.query import And, Or, PlainText

from taggit.models import Tag

from jos_portal.events.models import EventPage
from jos_portal.operations.caching import cached
from jos_portal.operations.pagecache import content_version
from jos_portal.stories.models import StoryPage, Tip
from jos_portal.taxonomy import params
from jos_portal.taxonomy.english import english_requested
from jos_portal.taxonomy.models import Factor, Municipality
from jos_portal.taxonomy.provenance import ProvenanceMixin
from jos_portal.taxonomy.search import postgresql_matches
from practices.models import Practice
from publications.models import Publication
from workshops.models import Session

from . import dutch, topics

MAX_QUERY_LENGTH = 200
# Matches kept per type; the facet count says "more than" beyond this.
MAX_PER_TYPE = 500
SEARCH_WORD = re.compile(r"\w+")
SNIPPET_LENGTH = 220


@dataclass(frozen=True)
class SearchType:
    key: str
    label: str
    title_field: str
    # One result of this type, as its kicker says.
    singular: str = ""

    @property
    def icon(self):
        return topics.TYPE_ICONS[self.key]

    def queryset(self):
        return QUERYSETS[self.key]()


TYPES = [
    SearchType("practices", _("Praktijkvoorbeelden"), "title", _("Praktijkvoorbeeld")),
    SearchType("sessions", _("Werkplaatssessies"), "title", _("Werkplaatssessie")),
    SearchType("factors", _("Factoren"), "name", _("Factor")),
    SearchType("publications", _("Publicaties"), "title", _("Publicatie")),
    SearchType("stories", _("Verhalen"), "title", _("Verhaal")),
    SearchType("tips", _("Tips"), "title", _("Tip")),
    SearchType("events", _("Bijeenkomsten"), "title", _("Bijeenkomst")),
    SearchType("pages", _("Pagina's"), "title", _("Pagina")),
]
TYPE_KEYS = {t.key: t for t in TYPES}

QUERYSETS = {
    "practices": lambda: Practice.objects.published(),
    "sessions": lambda: Session.objects.published(),
    "factors": lambda: Factor.objects.all(),
    "publications": lambda: Publication.objects.published(),
    "stories": lambda: StoryPage.objects.live().public(),
    "tips": lambda: Tip.objects.published(),
    "events": lambda: EventPage.objects.live().public(),
    # Live, public pages of every other type (also page types added later).
    "pages": lambda: (
        Page.objects.live().public().filter(depth__gt=1).not_type(StoryPage, EventPage)
    ),
}

# The text of each published type that the vocabulary of the Dutch expansion reads.
VOCABULARY_FIELDS = {
    "practices": ("title", "summary", "goal", "approach", "results", "lessons"),
    "sessions": ("title", "summary"),
    "factors": ("name", "description", "what_you_can_do"),
    "publications": ("title", "subtitle", "summary"),
    "stories": ("title", "intro"),
    "tips": ("title", "text"),
    "events": ("title", "intro", "location_name"),
    "pages": ("title", "search_description"),
}


def clean_query(raw):
    """(query, words, messages): control characters and extra spaces removed, cut to
    MAX_QUERY_LENGTH at a word boundary; only words reach the backend, so quotes and
    operators (``&|!():*``) are never query syntax."""
    messages = []
    query = " ".join(params.clean(raw).split())
    if len(query) > MAX_QUERY_LENGTH:
        query = query[:MAX_QUERY_LENGTH].rsplit(" ", 1)[0] or query[:MAX_QUERY_LENGTH]
        messages.append(
            _("De zoekvraag was te lang; alleen de eerste %(max)d tekens zijn gebruikt.")
            % {"max": MAX_QUERY_LENGTH}
        )
    words = SEARCH_WORD.findall(query)
    if query and not words:
        messages.append(_("De zoekvraag bevat geen woorden; probeer een ander zoekwoord."))
    return query, words, messages


def cache_key(kind, state):
    digest = hashlib.sha256(repr(state).encode()).hexdigest()[:32]
    return f"discovery:search:{kind}:{digest}"


def _matches(search_type, groups):
    """[(pk, title, score)] of the published records of one type matching every group
    (``dutch.Group``: the word or one of its alternatives), best first, at most
    MAX_PER_TYPE; one query."""
    backend = get_search_backend()
    queryset = search_type.queryset()
    if connection.vendor == "postgresql":
        return postgresql_matches(queryset, [g.alternatives for g in groups], MAX_PER_TYPE)
    query = And(
        [
            Or([PlainText(" ".join(alt), operator="and") for alt in group.alternatives])
            for group in groups
        ]
    )
    title = search_type.title_field
    matches = backend.search(query, queryset, order_by_relevance=False)
    # A typed word in the title counts twice, an alternative once.
    weighted = [(g.typed, 2) for g in groups] + [
        (alt[0], 1) for g in groups for alt in g.alternatives[1:]
    ]
    title_hits = sum(
        (
            Case(When(**{f"{title}__icontains": w}, then=Value(n)), default=Value(0))
            for w, n in weighted
        ),
        Value(0),
    )
    rows = (
        queryset.filter(pk__in=matches.get_queryset().order_by().values("pk"))
        .annotate(_hits=title_hits)
        .order_by("-_hits", "-pk")
        .values_list("pk", title, "_hits")[:MAX_PER_TYPE]
    )
    return [(pk, t, float(hits)) for pk, t, hits in rows]


# The expansions of the latest queries, per process: {(version, language, words): groups}.
MAX_HELD_EXPANSIONS = 256
_held_expansions = OrderedDict()


def expanded(words):
    """[dutch.Group] for the query words, cached until the next content change (in the
    shared cache, and per process for the latest queries)."""
    lowered = [w.lower() for w in words]
    key = (content_version(), get_language(), tuple(lowered))
    groups = _held_expansions.get(key)
    if groups is None:
        state = cache_key("groups", lowered)
        groups = cached(
            "search-groups", state, compute=lambda: dutch.query_groups(words, text_vocabulary())
        )
        _held_expansions[key] = groups
        while len(_held_expansions) > MAX_HELD_EXPANSIONS:
            _held_expansions.pop(next(iter(_held_expansions)), None)
    return groups


def run(words):
    """{type key: [(pk, title, score)]} for the words and their alternatives, cached until
    the next content change (caching.py). Objects are loaded again through the published
    querysets as well."""
    groups = expanded(words)
    state = cache_key("matches", (connection.vendor, [g.alternatives for g in groups]))
    return cached("search", state, compute=lambda: {t.key: _matches(t, groups) for t in TYPES})


# This process's indexed vocabulary: (content version, language, dutch.Vocabulary).
_indexed_vocabulary = [None]


def text_vocabulary():
    """The words of the published text of every type, topic names and municipality names
    (the vocabulary the Dutch expansion splits and extends against), indexed
    (``dutch.Vocabulary``). Cached until the next content change: the words in the shared
    cache, the index per process, so a request neither reads nor sorts the words again."""
    version, language = content_version(), get_language()
    held = _indexed_vocabulary[0]
    if held is not None and held[0] == version and held[1] == language:
        return held[2]
    vocabulary = dutch.Vocabulary(cached("text-vocabulary", compute=_text_vocabulary))
    _indexed_vocabulary[0] = (version, language, vocabulary)
    return vocabulary


def _text_vocabulary():
    texts = []
    for search_type in TYPES:
        fields = VOCABULARY_FIELDS[search_type.key]
        for row in search_type.queryset().order_by().values_list(*fields):
            texts.extend(row)
    texts.extend(topic["name"] for topic in cached("topic-counts", compute=topics.topic_counts))
    for name, common_name in Municipality.objects.order_by().values_list("name", "common_name"):
        texts.extend((name, common_name))
    return dutch.build_vocabulary(texts)


def merged(found, only=None):
    """One list [(type key, pk, score)] over the types, best score first; a title that
    contains the whole query first among equals."""
    rows = []
    for key, matches in found.items():
        if only and key != only:
            continue
        rows.extend((key, pk, score) for pk, _title, score in matches)
    rows.sort(key=lambda r: -r[2])
    return rows


def load(rows):
    """The objects for [(type key, pk, score)], in that order; one query per type."""
    by_type = {}
    for key, pk, _score in rows:
        by_type.setdefault(key, []).append(pk)
    objects = {}
    for key, pks in by_type.items():
        queryset = TYPE_KEYS[key].queryset().filter(pk__in=pks)
        if key == "practices":
            queryset = queryset.select_related("municipality")
        elif key == "sessions":
            queryset = queryset.select_related("workplace")
        elif key == "pages":
            queryset = queryset.specific()
        elif key in ("stories", "events"):
            queryset = queryset.defer_streamfields()
        for obj in queryset:
            objects[(key, obj.pk)] = obj
    return [(key, objects[(key, pk)]) for key, pk, _s in rows if (key, pk) in objects]


def result_url(key, obj, request=None):
    if key in ("pages", "stories", "events"):
        return obj.get_url(request)
    if key == "factors":
        return reverse("discovery:factor", kwargs={"slug": obj.slug})
    return obj.get_absolute_url()


# Text shown under a result, per type.
def result_text(key, obj):
    if key == "practices":
        return obj.summary
    if key == "sessions":
        return strip_tags(obj.summary)
    if key == "factors":
        return strip_tags(obj.description)
    if key == "publications":
        return strip_tags(obj.summary)
    if key == "tips":
        return obj.text
    return getattr(obj, "search_description", "") or getattr(obj, "intro", "") or ""


def result_title(key, obj):
    """(title, language code): the English title in the English interface where the
    editors wrote one, otherwise the Dutch title."""
    if hasattr(obj, "title_in"):
        return obj.title_in()
    return getattr(obj, TYPE_KEYS[key].title_field), "nl"


def result_summary(key, obj):
    """(text under the result, language code): the English summary in the English
    interface where there is one, otherwise the Dutch text."""
    if english_requested() and getattr(obj, "summary_en", ""):
        return obj.summary_en, "en"
    return result_text(key, obj), "nl"


def highlight(text, words):
    """Escape the text, then wrap the query words (and words starting with them) in
    <mark>. Matching is done on the raw text and every piece is escaped on its own, so
    neither the text nor the query can inject markup."""
    text = text or ""
    if not words:
        return escape(text)
    pattern = re.compile(
        r"\b("
        + "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
        + r")\w*",
        re.IGNORECASE,
    )
    out, last = [], 0
    for match in pattern.finditer(text):
        out.append(escape(text[last : match.start()]))
        out.append(f"<mark>{escape(match.group(0))}</mark>")
        last = match.end()
    out.append(escape(text[last:]))
    return mark_safe("".join(out))  # noqa: S308 - every piece above is escaped


def snippet(text, words, length=SNIPPET_LENGTH):
    """A window of the text around the first query word, highlighted."""
    text = " ".join(strip_tags(text or "").split())
    if len(text) > length:
        lowered = text.lower()
        positions = [lowered.find(w.lower()) for w in words]
        first = min((p for p in positions if p >= 0), default=0)
        start = max(0, first - length // 3)
        end = start + length
        text = ("… " if start else "") + text[start:end] + (" …" if end < len(text) else "")
    return highlight(text, words)


def vocabulary():
    """Lower-case words of all published titles and topic names, for "did you mean";
    cached until the next content change."""
    return cached("vocabulary", compute=_vocabulary)


def _vocabulary():
    # Unordered rows and one regular-expression pass over all titles at once: at 10,000
    # practices this takes a third of the time of sorting them and scanning each title.
    texts = []
    for search_type in TYPES:
        titles = search_type.queryset().order_by().values_list(search_type.title_field, flat=True)
        texts.extend(title for title in titles if title)
    # Topic names in use by published content only (a tag that only a draft carries is
    # not suggested); the same cached counts as the topic index.
    texts.extend(topic["name"] for topic in cached("topic-counts", compute=topics.topic_counts))
    # Municipality names, CBS and usual, so a real place ("Den Haag") is never "corrected".
    for name, common_name in Municipality.objects.order_by().values_list("name", "common_name"):
        texts.extend((name, common_name))
    words = set(SEARCH_WORD.findall("\n".join(texts).lower()))
    return sorted(word for word in words if len(word) > 2)


def did_you_mean(words):
    """A corrected query, or "" when no word has a close known neighbour."""
    known = vocabulary()
    known_set = set(known)
    corrected, changed = [], False
    for word in words:
        lower = word.lower()
        if lower in known_set or len(lower) < 3:
            corrected.append(word)
            continue
        close = difflib.get_close_matches(lower, known, n=1, cutoff=0.75)
        if close:
            corrected.append(close[0])
            changed = True
        else:
            corrected.append(word)
    return " ".join(corrected) if changed else ""


# Which records of a type are fictional examples (the "Fictief voorbeeld" label); pages
# are looked up per page type that carries provenance.
FICTIONAL = {
    "practices": Q(is_fictional=True),
    "sessions": Q(is_fictional=True) | Q(workplace__is_fictional=True),
    "publications": Q(is_fictional=True),
    "stories": Q(is_fictional=True),
    "tips": Q(is_fictional=True),
    "events": Q(is_fictional=True),
}


def fictional_page_ids(pks):
    """The ids among ``pks`` of pages that are fictional examples; one query per page type
    with provenance (stories and events), none when ``pks`` is empty."""
    found = set()
    if not pks:
        return found
    for model in get_page_models():
        if issubclass(model, ProvenanceMixin) and not model._meta.proxy:
            found.update(
                model.objects.filter(pk__in=pks, is_fictional=True).values_list("pk", flat=True)
            )
    return found


def suggestions(prefix, limit=8):
    """[(title, is_fictional)] of titles starting with or containing the prefix, for the
    header's autocomplete; one small query per type (plus one per page type with
    provenance), so a fictional example can carry its label there too."""
    found = []
    for search_type in TYPES:
        if len(found) >= limit:
            break
        field = search_type.title_field
        fictional = FICTIONAL.get(search_type.key)
        rows = (
            search_type.queryset()
            .filter(**{f"{field}__icontains": prefix})
            .annotate(
                _starts=Case(
                    When(**{f"{field}__istartswith": prefix}, then=Value(0)),
                    default=Value(1),
                    output_field=IntegerField(),
                ),
                _fictional=Case(
                    When(fictional, then=Value(True)),
                    default=Value(False),
                    output_field=BooleanField(),
                )
                if fictional is not None
                else Value(False, output_field=BooleanField()),
            )
            .order_by("_starts", field)
            .values_list("pk", field, "_fictional")[: limit - len(found)]
        )
        rows = list(rows)
        if search_type.key == "pages":
            ids = fictional_page_ids([pk for pk, _title, _f in rows])
            rows = [(pk, title, pk in ids) for pk, title, _f in rows]
        found.extend((title, bool(is_fictional)) for _pk, title, is_fictional in rows)
    return list(dict.fromkeys(found))


MAX_MUNICIPALITIES = 5


def municipalities(query):
    """Municipalities the query names, by CBS or usual name ("Den Haag" finds
    's-Gravenhage), exact matches first; at most MAX_MUNICIPALITIES."""
    found = Municipality.objects.named(query).select_related("province")
    exact = [m for m in found if query.lower() in (m.name.lower(), m.common_name.lower())]
    rest = [m for m in found if m not in exact]
    return (exact + rest)[:MAX_MUNICIPALITIES]


def promotions(query, request=None):
    """The editors' picks for the query (wagtail.contrib.search_promotions), in their
    order: [{title, url, description}]. A promoted page shows only while it is live and
    public (a draft or a page behind a login never shows); an external link always. One
    query, cached until the next content change (a saved pick is a content change)."""
    from wagtail.contrib.search_promotions.models import SearchPromotion
    from wagtail.search.utils import normalise_query_string

    normalised = normalise_query_string(query)
    if not normalised:
        return []

    def compute():
        picks = (
            SearchPromotion.objects.filter(query__query_string=normalised)
            .filter(Q(page__isnull=True) | Q(page__in=Page.objects.live().public()))
            .select_related("page")
            .order_by("sort_order", "pk")
        )
        return [
            (pick.page, pick.external_link_url, pick.external_link_text, pick.description)
            for pick in picks
            if pick.page_id or pick.external_link_url
        ]

    rows = cached("search-promotions", cache_key("promotions", normalised), compute=compute)
    return [
        {
            "title": page.title if page else (text or url),
            "url": page.get_url(request) if page else url,
            "description": description or (page.search_description if page else ""),
            "external": page is None,
        }
        for page, url, text, description in rows
    ]


def themes():
    """The themes (topic intros marked as theme) whose topic a visitor can see, by name:
    [{name, slug, intro}]; cached until the next content change."""
    from .models import TopicIntro

    def compute():
        intros = (
            TopicIntro.objects.filter(is_theme=True)
            .filter(tag__in=Tag.objects.filter(topics.in_public_use()))
            .select_related("tag")
            .order_by("tag__name")
        )
        return [
            {"name": i.tag.name, "slug": i.tag.slug, "intro": strip_tags(i.intro).strip()}
            for i in intros
        ]

    return cached("themes", compute=compute)


def matching_themes(query, groups):
    """The themes the query names: by the theme's name, or a word or phrase the editors
    listed with it, typed or reached through the expansion ("thuiszitten" finds the theme
    "schoolverzuim")."""
    said = {" ".join(query.lower().split())}
    for group in groups:
        said.add(group.typed)
        said.update(" ".join(alt) for alt in group.alternatives)
    synonyms = dutch.editor_synonyms()
    found = []
    for theme in themes():
        name = theme["name"].lower()
        if {name, *synonyms.get(name, [])} & said:
            found.append(theme)
    return found
