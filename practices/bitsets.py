"""Facets and search over bitsets: the practice list without a count query per facet.

The published practices get a position each (their place in the default order, newest
first). Every facet value holds the set of positions of the practices that have it, as a
Python integer used as a bitset (bit *i* set: the practice at position *i* has the value).
A selection is then a few AND and OR operations on integers, a facet count the number of
set bits of one intersection (``int.bit_count``), and the free-text match from PostgreSQL's
index one more set. At 100,000 practices a set is 12.5 kB and an intersection a few
microseconds, whatever the combination of filters.

The index is read from the database in one go (a query per relation facet, one for all
choice facets, one per sort order; the orders come from the database itself, so ties and
collation are exactly those of the SQL path). It belongs to a version of the practice data
(``FACET_VERSION_KEY``, bumped by every save, publication and delete) and is kept per
process; the first process to build it also stores it in the cache, so the other workers
load it instead of building it again. Like the cached facet counts it is rebuilt at the
latest after ``FACET_CACHE_SECONDS``, which also brings in renamed vocabulary.

``practices.filters`` keeps the SQL path for the API, exports and feeds, and as the
reference: a test compares both paths on random combinations.
"""

import secrets
import threading
import time
from array import array
from collections import OrderedDict
from dataclasses import dataclass, field

from django.core.cache import cache
from django.db.models import BooleanField, Case, Value, When

from . import filters
from .models import FACET_VERSION_KEY, Practice

# Which index the processes share: (version, token); the data lives under the token.
SHARED_KEY = "practices:bitsets:token"
DATA_KEY = "practices:bitsets:data:{version}:{token}"

_lock = threading.Lock()
_shared = {"index": None}


@dataclass
class FacetIndex:
    version: int
    token: str
    built_at: float
    # Position -> pk (newest first, the "nieuwste" order) and back.
    pks: list
    positions: dict
    # {facet key: {value: bitset}}; relation facets also {facet key: {value: label}}.
    sets: dict
    labels: dict
    # Other orders: the positions in that order, and each position's rank in it.
    orders: dict = field(default_factory=dict)

    @property
    def size(self):
        return len(self.pks)

    @property
    def everything(self):
        return (1 << len(self.pks)) - 1

    def bits_of_pks(self, pks):
        get = self.positions.get
        return _bits([p for p in map(get, pks) if p is not None])


def build(version):
    """Read the published practices' facet values into a new index (about a dozen queries)."""
    published = Practice.objects.published()
    newest = filters.SORTS["nieuwste"][1]
    pks = list(published.order_by(*newest).values_list("pk", flat=True))
    positions = {pk: i for i, pk in enumerate(pks)}
    sets, labels = {}, {}
    facets = filters.build_facets()
    choice_facets = [f for f in facets if f.is_choice()]
    annotations, slots = {}, []
    for facet in choice_facets:
        sets[facet.key] = {}
        for value, _label in facet.choices:
            alias = f"c{len(slots)}"
            slots.append((facet.key, value))
            annotations[alias] = Case(
                When(facet.value_condition(value), then=Value(True)),
                default=Value(False),
                output_field=BooleanField(),
            )
    if annotations:
        rows = published.order_by().annotate(**annotations).values_list("pk", *annotations)
        bits = [0] * len(slots)
        for pk, *flags in rows.iterator(chunk_size=5000):
            position = positions.get(pk)
            if position is None:
                continue
            for slot, flag in enumerate(flags):
                if flag:
                    bits[slot] |= 1 << position
        for (facet_key, value), value_bits in zip(slots, bits, strict=True):
            sets[facet_key][value] = value_bits
    published_pks = published.order_by().values("pk")
    for facet in facets:
        if facet.is_choice():
            continue
        columns = [facet.through_practice, facet.through_value, facet.through_label]
        if facet.through_alias:
            columns.append(facet.through_alias)
        rows = (
            facet.through.objects.filter(**{f"{facet.through_practice}__in": published_pks})
            .order_by()
            .values_list(*columns)
        )
        if facet.through_order:
            # Values in the vocabulary's own order (school types), as the SQL path.
            rows = rows.order_by(facet.through_order, facet.through_value)
        # Collect positions per value first: one big OR per value at the end.
        members, names = {}, {}
        for pk, value, label, *alias in rows.iterator(chunk_size=5000):
            position = positions.get(pk)
            if not value or position is None:
                continue
            members.setdefault(value, []).append(position)
            names[value] = filters.with_alias(label, alias[0] if alias else "")
        sets[facet.key] = {value: _bits(found) for value, found in members.items()}
        labels[facet.key] = names
    orders = {}
    for sort, (_label, order_by) in filters.SORTS.items():
        if order_by is None or sort == "nieuwste":
            continue
        sorted_pks = published.order_by(*order_by).values_list("pk", flat=True)
        in_order = [positions[pk] for pk in sorted_pks]
        rank = [0] * len(in_order)
        for i, position in enumerate(in_order):
            rank[position] = i
        orders[sort] = (in_order, rank)
    return FacetIndex(
        version=version,
        token=secrets.token_hex(8),
        built_at=time.monotonic(),
        pks=pks,
        positions=positions,
        sets=sets,
        labels=labels,
        orders=orders,
    )


def _bits(positions):
    """A bitset of the given positions (via a bytearray: linear, not quadratic)."""
    if not positions:
        return 0
    raw = bytearray(max(positions) // 8 + 1)
    for position in positions:
        raw[position >> 3] |= 1 << (position & 7)
    return int.from_bytes(raw, "little")


def current():
    """The index for the current version of the practice data: this process's own, the
    one another process stored in the cache, or a new one. None without a working cache:
    then nothing says when the data changed, and the list uses the SQL path."""
    values = cache.get_many([FACET_VERSION_KEY, SHARED_KEY])
    version = values.get(FACET_VERSION_KEY)
    if version is None:
        cache.add(FACET_VERSION_KEY, 1, None)
        version = cache.get(FACET_VERSION_KEY)
        if version is None:
            return None  # no working cache (Redis down): the SQL path, as before
    shared = values.get(SHARED_KEY)
    index = _shared["index"]
    fresh = filters.FACET_CACHE_SECONDS
    if (
        index is not None
        and index.version == version
        and shared == (index.version, index.token)
        and time.monotonic() - index.built_at < fresh
    ):
        return index
    with _lock:
        if shared and shared[0] == version:
            stored = cache.get(DATA_KEY.format(version=shared[0], token=shared[1]))
            if stored is not None:
                stored.built_at = time.monotonic()
                _shared["index"] = stored
                return stored
        index = build(version)
        cache.set(DATA_KEY.format(version=version, token=index.token), index, fresh)
        cache.set(SHARED_KEY, (version, index.token), fresh)
        _shared["index"] = index
        return index


# Selections --------------------------------------------------------------------------


def facet_bits(index, facet):
    """The practices with any of the facet's selected values."""
    values = index.sets.get(facet.key, {})
    bits = 0
    for value, _label in facet.selected:
        bits |= values.get(value, 0)
    return bits


@dataclass(frozen=True)
class SearchHits:
    """The text match of one query on one index: the set, and its positions best first."""

    bits: int
    ranked: array


# The text matches of the latest queries, per process: {(index token, query): SearchHits}.
# A query's match follows the practice data like the index does (a new index has a new
# token); the oldest entries go first.
MAX_HELD_QUERIES = 128
_hits = OrderedDict()
_hits_lock = threading.Lock()


def search_hits(index, selection):
    """The text match of the selection's query as a ``SearchHits``: held per process
    for the latest queries, else from ``Selection.matching_pks`` (the shared cache or
    the search index)."""
    key = (index.token, selection.query)
    with _hits_lock:
        found = _hits.get(key)
        if found is not None:
            _hits.move_to_end(key)
            return found
    get = index.positions.get
    ranked = array("l", [p for p in map(get, selection.matching_pks()) if p is not None])
    found = SearchHits(_bits(ranked), ranked)
    with _hits_lock:
        _hits[key] = found
        while len(_hits) > MAX_HELD_QUERIES:
            _hits.popitem(last=False)
    return found


def search_bits(index, selection):
    """The text match as a set (all published practices without a search word)."""
    if not selection.query:
        return index.everything
    return search_hits(index, selection).bits


def selected_bits(index, selection, exclude=None):
    """The selection as a bitset, optionally ignoring one facet (for its counts)."""
    bits = search_bits(index, selection)
    for facet in selection.facets:
        if facet.selected and facet is not exclude:
            bits &= facet_bits(index, facet)
    return bits


def count_all(index, selection):
    """{facet key: {value: (label, count)}}, as ``filters._count_all`` gives it: each facet
    counted on the selection of the other facets; relation facets list only values with
    practices, choice facets every value."""
    counts = {}
    base = search_bits(index, selection)
    chosen = [(f, facet_bits(index, f)) for f in selection.facets if f.selected]
    everything_else = base
    for _facet, bits in chosen:
        everything_else &= bits
    for facet in selection.facets:
        others = base
        if facet.selected:
            for other, bits in chosen:
                if other is not facet:
                    others &= bits
        else:
            others = everything_else
        values = index.sets.get(facet.key, {})
        if facet.is_choice():
            counts[facet.key] = {
                value: (str(label), (others & values.get(value, 0)).bit_count())
                for value, label in facet.choices
            }
        else:
            names = index.labels.get(facet.key, {})
            found = {}
            for value, bits in values.items():
                n = (others & bits).bit_count()
                if n:
                    found[value] = (names[value], n)
            counts[facet.key] = found
    return counts


class OrderedBits:
    """The pks of a selection in a sort order, as a sequence for Django's Paginator:
    ``len()`` is a bit count, a slice reads only the bits of that page. For relevance
    ``ranked`` holds the text match's positions best first."""

    def __init__(self, index, bits, sort, ranked=None):
        self.index = index
        self.bits = bits
        self.sort = sort
        self.ranked = ranked
        self._count = bits.bit_count()
        self._flags = None

    def __len__(self):
        return self._count

    @property
    def flags(self):
        """The bits as a string, character *i* is "1" when position *i* is selected."""
        if self._flags is None:
            self._flags = format(self.bits, "b")[::-1] if self.bits else ""
        return self._flags

    def __getitem__(self, key):
        if not isinstance(key, slice):
            result = self[key : key + 1]
            if not result:
                raise IndexError(key)
            return result[0]
        start, stop, _step = key.indices(self._count)
        if start >= stop:
            return []
        pks = self.index.pks
        return [pks[position] for position in self._positions(start, stop - start)]

    def _positions(self, offset, limit):
        flags = self.flags
        if self.sort == "nieuwste":
            # Positions are the newest-first order: the offset-th set bit starts the page.
            position = _nth_one(flags, offset)
            found = []
            while position != -1 and len(found) < limit:
                found.append(position)
                position = flags.find("1", position + 1)
            return found
        if self.sort == "relevantie":
            # Every selected position is in the ranking (the text match is part of the
            # selection), which holds at most MAX_SEARCH_RESULTS positions.
            return self._walk(self.ranked, offset, limit)
        in_order, rank = self.index.orders[self.sort]
        # Walk the order while hits are dense; sort the hits by rank when they are sparse.
        if (offset + limit) * self.index.size <= 4 * self._count * self._count:
            return self._walk(in_order, offset, limit)
        hits = sorted(_ones(flags), key=rank.__getitem__)
        return hits[offset : offset + limit]

    def _walk(self, in_order, offset, limit):
        """The selected positions offset to offset + limit of an order."""
        flags = self.flags
        size = len(flags)
        found, seen = [], 0
        for position in in_order:
            if position < size and flags[position] == "1":
                if seen >= offset:
                    found.append(position)
                    if len(found) == limit:
                        break
                seen += 1
        return found


def _ones(flags):
    position = flags.find("1")
    while position != -1:
        yield position
        position = flags.find("1", position + 1)


def _nth_one(flags, n):
    """The position of the n-th "1" (from 0), by bisection on counts; -1 if there is none."""
    if flags.count("1") <= n:
        return -1
    low, high = 0, len(flags)
    # Smallest end such that flags[:end] holds more than n ones; the n-th one is end - 1.
    while low < high:
        middle = (low + high) // 2
        if flags.count("1", 0, middle + 1) > n:
            high = middle
        else:
            low = middle + 1
    return low


def ordered(index, selection):
    """The selection in its order (as ``filters.ordered``), as an OrderedBits."""
    bits = selected_bits(index, selection)
    if selection.sort != "relevantie":
        return OrderedBits(index, bits, selection.sort)
    return OrderedBits(index, bits, selection.sort, search_hits(index, selection).ranked)
