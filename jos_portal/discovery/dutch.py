"""Dutch query expansion for the site search: compounds, near-misses and the editors' words.

Dutch glues words together ("schoolverzuim", "ouderbetrokkenheid") and full-text search
matches whole words, so "schoolverzuim" found nothing while "verzuim" found six practices.
Each query word becomes a *group* of alternatives; a record matches when every group has
one alternative in it (an alternative of several words needs all of them). The
alternatives of a word:

1. the word itself (always first; it ranks highest);
2. the editors' search words (``SearchSynonym``): a group of words that mean the same,
   phrases allowed ("mentale gezondheid, welzijn"), kept in the admin;
3. compound parts, against the vocabulary of published text: the longest known tail of
   the word ("schoolverzuim" -> "verzuim", "ouderbetrokkenheid" -> "betrokkenheid"; the
   tail of a Dutch compound carries its meaning), and the known words that end or start
   with it ("verzuim" -> "schoolverzuim", "verzuimcoördinator");
4. for a word the vocabulary does not know and that has no known tail: the closest known
   words (a typo: "radicalisring" -> "radicalisering").

The vocabulary is read from the published records themselves (titles, summaries, texts,
topic and municipality names), so a draft never adds a word, and it is cached until the
next content change. Each process keeps it indexed (``Vocabulary``: sorted, sorted
backwards and by length), so extending a word is a bisection and a near-miss is looked
for only among words of about its length.

A long query costs about what a short one costs: only the first MAX_EXPANDED_WORDS words
are expanded (the rest must match as typed), the whole query gets at most
MAX_ALTERNATIVES alternatives (the largest groups give up their last ones first), and a
query with more than MAX_UNKNOWN_WORDS unknown words is no typo of known words, so no
near-misses are looked for. The same expansion runs on PostgreSQL and SQLite; what differs is the
matching behind it (stemming on PostgreSQL only), see docs/zoeken.md.

Why not pg_trgm: trigram similarity needs ``CREATE EXTENSION`` rights in production and
has no SQLite counterpart, and it scores "schoolverzuim" against "verzuim" lower than
against unrelated long words with shared letters; splitting on known words does not.
"""

import bisect
import difflib
import re
from dataclasses import dataclass

from django.utils.html import strip_tags

from jos_portal.operations.caching import cached

WORD = re.compile(r"\w+")
# A compound part we split off or extend must be at least this long ("pest", "ouder").
MIN_PART = 4
# ... and of a word the vocabulary knows, longer: "jongerenwerk" is not split into "werk",
# which would bring in everything about "werken".
MIN_PART_KNOWN = 6
# ... and what stays in front of a tail at least this long ("po" + "vo" is no compound).
MIN_HEAD = 3
# A word is extended to the known words that contain it only from this length on:
# "school" would otherwise bring in every "schoolplein" and "basisschool".
MIN_EXTEND = 5
MAX_EXTENSIONS = 12
TYPO_CUTOFF = 0.82
MAX_PHRASE = 4
# Bounds for long queries (see above): expanded words, alternatives in all groups together
# (typed words included; a typed word is never dropped), unknown words before near-misses
# are given up.
MAX_EXPANDED_WORDS = 6
MAX_ALTERNATIVES = 30
MAX_UNKNOWN_WORDS = 3

# Dutch function words (PostgreSQL's "dutch" stop words of four letters or more): never an
# alternative of their own. "welzijn" must not bring in everything with "zijn".
STOP_WORDS = frozenset(
    [
        "alles",
        "altijd",
        "andere",
        "doch",
        "door",
        "eens",
        "geen",
        "geweest",
        "hebben",
        "heeft",
        "hier",
        "iemand",
        "iets",
        "kunnen",
        "maar",
        "meer",
        "moet",
        "naar",
        "niet",
        "niets",
        "omdat",
        "onder",
        "over",
        "reeds",
        "tegen",
        "toch",
        "toen",
        "veel",
        "voor",
        "waren",
        "want",
        "werd",
        "wezen",
        "wordt",
        "worden",
        "zelf",
        "zich",
        "zijn",
        "zonder",
    ]
)


@dataclass(frozen=True)
class Group:
    """One word (or phrase) of the query with what the search also accepts for it."""

    typed: str
    # Each alternative is a tuple of words that must all match; the first is ``typed``.
    alternatives: tuple

    @property
    def extra(self):
        """The alternatives other than the typed words, as text, for "Ook gezocht op"."""
        return [" ".join(alt) for alt in self.alternatives[1:]]


def words_of(text):
    return WORD.findall((text or "").lower())


def build_vocabulary(texts):
    """The set of lower-case words (two letters or more) in the texts; HTML tags dropped."""
    words = set()
    for text in texts:
        if text:
            words.update(w for w in words_of(strip_tags(text)) if len(w) > 1)
    return frozenset(words)


class Vocabulary:
    """Known words indexed for the expansion: membership, the words that start or end
    with a word (bisection in the sorted words and in the sorted reversed words) and the
    words of a range of lengths (for near-misses)."""

    def __init__(self, words):
        self.words = frozenset(words)
        self.ordered = sorted(self.words)
        self.backwards = sorted(w[::-1] for w in self.words)
        self.by_length = {}
        for word in self.ordered:
            self.by_length.setdefault(len(word), []).append(word)

    def __contains__(self, word):
        return word in self.words

    def __len__(self):
        return len(self.words)

    def __iter__(self):
        return iter(self.ordered)

    def starting_with(self, prefix):
        return _with_prefix(self.ordered, prefix)

    def ending_with(self, suffix):
        return [w[::-1] for w in _with_prefix(self.backwards, suffix[::-1])]

    def of_lengths(self, low, high):
        """The words of ``low`` to ``high`` letters (by length, then alphabetical)."""
        found = []
        for length in range(low, high + 1):
            found.extend(self.by_length.get(length, ()))
        return found


def _with_prefix(ordered, prefix):
    start = bisect.bisect_left(ordered, prefix)
    end = start
    while end < len(ordered) and ordered[end].startswith(prefix):
        end += 1
    return ordered[start:end]


def indexed(vocabulary):
    """The vocabulary as a ``Vocabulary`` (a plain set of words is indexed first)."""
    return vocabulary if isinstance(vocabulary, Vocabulary) else Vocabulary(vocabulary)


def synonym_index(groups):
    """{term: [the other terms of its groups]} from lists of terms."""
    index = {}
    for terms in groups:
        for term in terms:
            others = index.setdefault(term, [])
            others.extend(t for t in terms if t != term and t not in others)
    return index


def known_tail(word, vocabulary):
    """The longest tail of the word that is a known word of MIN_PART letters or more
    (MIN_PART_KNOWN when the word itself is known), with at least MIN_HEAD letters in
    front of it; "" when there is none."""
    shortest = MIN_PART_KNOWN if word in vocabulary else MIN_PART
    for start in range(MIN_HEAD, len(word) - shortest + 1):
        tail = word[start:]
        if tail in vocabulary and tail not in STOP_WORDS:
            return tail
    return ""


def extensions(word, vocabulary):
    """Known words that end or start with the word (compounds and inflections of it),
    shortest first, at most MAX_EXTENSIONS."""
    if len(word) < MIN_EXTEND or not word.isalpha():
        return []
    vocabulary = indexed(vocabulary)
    found = {*vocabulary.starting_with(word), *vocabulary.ending_with(word)} - {word}
    return sorted(found, key=lambda v: (len(v), v))[:MAX_EXTENSIONS]


def near_misses(word, vocabulary):
    """Known words close to an unknown word: a typo."""
    if len(word) < MIN_PART or not word.isalpha():
        return []
    # difflib skips every word whose length alone keeps the ratio (2 * common letters /
    # both lengths) under the cutoff; only the others are compared, with the same result.
    n = len(word)
    low = next(m for m in range(1, n + 1) if 2 * m / (m + n) >= TYPO_CUTOFF)
    high = n
    while 2 * n / (high + 1 + n) >= TYPO_CUTOFF:
        high += 1
    candidates = indexed(vocabulary).of_lengths(low, high)
    return difflib.get_close_matches(word, candidates, n=2, cutoff=TYPO_CUTOFF)


def _add(alternatives, words):
    words = tuple(words)
    if all(w in STOP_WORDS for w in words):
        return
    if words not in alternatives:
        alternatives.append(words)


def expand_word(word, vocabulary, synonyms, typos=True):
    """The group of one word; ``typos=False`` skips the near-misses."""
    vocabulary = indexed(vocabulary)
    alternatives = [(word,)]
    for term in synonyms.get(word, []):
        _add(alternatives, words_of(term))
    tail = known_tail(word, vocabulary) if word.isalpha() else ""
    if tail:
        _add(alternatives, (tail,))
        for term in synonyms.get(tail, []):
            _add(alternatives, words_of(term))
    for extension in extensions(word, vocabulary):
        _add(alternatives, (extension,))
    if typos and word not in vocabulary and not tail and len(alternatives) == 1:
        for close in near_misses(word, vocabulary):
            _add(alternatives, (close,))
            for extension in extensions(close, vocabulary):
                _add(alternatives, (extension,))
    return Group(word, tuple(alternatives))


def is_unknown(word, vocabulary):
    """A word the vocabulary does not know, with no known tail: near-misses are looked
    for only for such a word."""
    return word not in vocabulary and not (word.isalpha() and known_tail(word, vocabulary))


def expand(words, vocabulary, synonyms):
    """[Group] for the query words: a phrase the editors listed ("mentale gezondheid",
    "primair onderwijs") becomes one group, every other word a group of its own. Only the
    first MAX_EXPANDED_WORDS words are expanded, and all groups together hold at most
    MAX_ALTERNATIVES alternatives (see ``trim``)."""
    vocabulary = indexed(vocabulary)
    words = [w.lower() for w in words]
    expanded = words[:MAX_EXPANDED_WORDS]
    unknown = sum(1 for w in dict.fromkeys(expanded) if is_unknown(w, vocabulary))
    typos = unknown <= MAX_UNKNOWN_WORDS
    groups, i = [], 0
    while i < len(words):
        if i >= MAX_EXPANDED_WORDS:
            groups.append(Group(words[i], ((words[i],),)))
            i += 1
            continue
        for size in range(min(MAX_PHRASE, len(words) - i), 1, -1):
            phrase = " ".join(words[i : i + size])
            if phrase in synonyms:
                alternatives = [tuple(words[i : i + size])]
                for term in synonyms[phrase]:
                    _add(alternatives, words_of(term))
                groups.append(Group(phrase, tuple(alternatives)))
                i += size
                break
        else:
            groups.append(expand_word(words[i], vocabulary, synonyms, typos=typos))
            i += 1
    return trim(groups)


def trim(groups, limit=MAX_ALTERNATIVES):
    """The groups with at most ``limit`` alternatives in all: the group with the most
    alternatives (the later one of equals) gives up its last one, the least close, until
    the total fits; a typed word is never dropped."""
    sizes = [len(g.alternatives) for g in groups]
    total = sum(sizes)
    while total > limit:
        largest = max(range(len(sizes)), key=lambda i: (sizes[i], i))
        if sizes[largest] <= 1:
            break
        sizes[largest] -= 1
        total -= 1
    return [
        g if size == len(g.alternatives) else Group(g.typed, g.alternatives[:size])
        for g, size in zip(groups, sizes, strict=True)
    ]


def editor_synonyms():
    """The editors' search word groups as {term: [other terms]}; cached until the next
    content change (a saved group is a content change)."""
    from .models import SearchSynonym

    def compute():
        return synonym_index(s.term_list() for s in SearchSynonym.objects.all())

    return cached("search-synonyms", compute=compute)


def query_groups(words, vocabulary):
    return expand(words, vocabulary, editor_synonyms())
