"""The Dutch query expansion stays cheap and bounded on long queries: only the first words
are expanded, the whole query gets a capped number of alternatives, near-misses are not
looked for in a query of unknown words, and the indexed vocabulary answers exactly what a
plain scan over all words answers."""

import difflib
import random

from django.db import connection
from django.test.utils import CaptureQueriesContext

import pytest

from jos_portal.discovery import dutch, search

LETTERS = "aeioulnrstdgkmpbvwz"
PARTS = ["school", "verzuim", "jongeren", "werk", "ouder", "betrokken", "pesten", "wijk"]


def synthetic_vocabulary(seed=1, size=3000):
    rng = random.Random(seed)
    words = set(PARTS) | {"radicalisering", "schoolverzuim", "verzuimcoördinator"}
    while len(words) < size:
        if rng.random() < 0.4:
            words.add("".join(rng.sample(PARTS, rng.randint(2, 3))))
        else:
            words.add("".join(rng.choice(LETTERS) for _ in range(rng.randint(2, 14))))
    return frozenset(words)


def scan_extensions(word, vocabulary):
    """What extensions() answered before the index: a scan over every word."""
    if len(word) < dutch.MIN_EXTEND or not word.isalpha():
        return []
    found = sorted(
        (v for v in vocabulary if v != word and (v.endswith(word) or v.startswith(word))),
        key=lambda v: (len(v), v),
    )
    return found[: dutch.MAX_EXTENSIONS]


def scan_near_misses(word, vocabulary):
    if len(word) < dutch.MIN_PART or not word.isalpha():
        return []
    return difflib.get_close_matches(word, sorted(vocabulary), n=2, cutoff=dutch.TYPO_CUTOFF)


def test_the_indexed_vocabulary_answers_as_a_scan_over_every_word():
    words = synthetic_vocabulary()
    indexed = dutch.Vocabulary(words)
    rng = random.Random(7)
    probes = rng.sample(sorted(words), 200)
    # Typos of known words, unknown words, short words and non-letters.
    probes += [w[:2] + rng.choice(LETTERS) + w[3:] for w in probes[:100] if len(w) > 3]
    probes += ["radicalisring", "verzuim", "ouder", "zzzzzzzz", "ab", "2024", "school_wijk"]
    for word in probes:
        assert dutch.extensions(word, indexed) == scan_extensions(word, words), word
        assert dutch.near_misses(word, indexed) == scan_near_misses(word, words), word
        # A plain set of words gives the same (it is indexed first).
        assert dutch.extensions(word, words) == scan_extensions(word, words), word


def test_a_short_query_is_expanded_as_before():
    words = synthetic_vocabulary()
    groups = dutch.expand(["schoolverzuim", "radicalisring"], dutch.Vocabulary(words), {})
    assert [g.typed for g in groups] == ["schoolverzuim", "radicalisring"]
    assert ("verzuim",) in groups[0].alternatives
    assert ("radicalisering",) in groups[1].alternatives


def test_a_long_nonsense_query_gets_bounded_groups():
    vocabulary = dutch.Vocabulary(synthetic_vocabulary())
    rng = random.Random(3)
    words = ["".join(rng.choice(LETTERS) for _ in range(8)) for _ in range(30)]
    words[0], words[1] = "verzuim", "ouder"
    groups = dutch.expand(words, vocabulary, {})
    # Every word still has to match (one group each), in order.
    assert [g.typed for g in groups] == words
    # Only the first words are expanded; the rest stand for themselves.
    for group in groups[dutch.MAX_EXPANDED_WORDS :]:
        assert group.alternatives == ((group.typed,),)
    # The typed word always comes first, and the total is capped (the typed words of a
    # query longer than the cap are never dropped).
    assert all(g.alternatives[0] == (g.typed,) for g in groups)
    total = sum(len(g.alternatives) for g in groups)
    assert total <= max(dutch.MAX_ALTERNATIVES, len(groups))
    # Six words of which four or more are unknown: no near-misses looked for.
    unknown = groups[2 : dutch.MAX_EXPANDED_WORDS]
    assert all(len(g.alternatives) == 1 for g in unknown), unknown


def test_a_query_with_few_unknown_words_still_gets_near_misses():
    vocabulary = dutch.Vocabulary(synthetic_vocabulary())
    groups = dutch.expand(["radicalisring", "verzuim", "zzqqxx"], vocabulary, {})
    assert ("radicalisering",) in groups[0].alternatives


def test_the_cap_takes_from_the_largest_groups_first():
    groups = [
        dutch.Group("a", tuple((f"a{i}",) for i in range(20))),
        dutch.Group("b", tuple((f"b{i}",) for i in range(3))),
        dutch.Group("c", tuple((f"c{i}",) for i in range(20))),
    ]
    trimmed = dutch.trim(groups, limit=30)
    sizes = [len(g.alternatives) for g in trimmed]
    assert sum(sizes) == 30
    assert sizes[1] == 3  # the small group keeps all of its alternatives
    assert abs(sizes[0] - sizes[2]) <= 1
    # What is kept is the front of each group (the closest alternatives).
    assert trimmed[0].alternatives == groups[0].alternatives[: sizes[0]]
    # A query of more words than the cap keeps every typed word.
    many = [dutch.Group(f"w{i}", ((f"w{i}",), (f"x{i}",))) for i in range(40)]
    assert [g.alternatives for g in dutch.trim(many, limit=30)] == [
        ((f"w{i}",),) for i in range(40)
    ]


@pytest.mark.django_db
def test_a_long_nonsense_query_costs_what_a_short_one_costs(client, portal):
    """On the site search and the practice list: the same number of queries for a query
    of two nonsense words and one of twenty (the most that fits in the 200 characters the
    list takes), a page without an error, and the list says
    it also searched for no more than its usual handful of terms."""
    rng = random.Random(11)
    long_query = " ".join("".join(rng.choice(LETTERS) for _ in range(9)) for _ in range(20))
    short_query = " ".join(long_query.split()[:2])
    for url in ("/zoeken/", "/praktijkvoorbeelden/"):
        # What a process reads once per content version (vocabulary, the site and its
        # root page) is read first.
        for warm_up in ("qqqq zzzz", "zzzz qqqq", "qqqq qqqq"):
            client.get(url, {"q": warm_up})
        counts = []
        for query in (short_query, long_query):
            with CaptureQueriesContext(connection) as captured:
                response = client.get(url, {"q": query})
            assert response.status_code == 200
            counts.append(len(captured.captured_queries))
        assert counts[0] == counts[1], (url, counts)
    response = client.get("/praktijkvoorbeelden/", {"q": long_query})
    assert len(response.context["also_searched"]) <= 10
    groups = search.expanded(long_query.split())
    assert len(groups) == 20
    assert sum(len(g.alternatives) for g in groups) <= dutch.MAX_ALTERNATIVES


@pytest.mark.django_db
def test_the_vocabulary_index_is_kept_per_process_until_the_content_changes(portal):
    first = search.text_vocabulary()
    assert isinstance(first, dutch.Vocabulary)
    with CaptureQueriesContext(connection) as captured:
        assert search.text_vocabulary() is first
    assert len(captured.captured_queries) == 0
    portal["practices"]["pauze"].unpublish()  # a content change
    assert search.text_vocabulary() is not first
