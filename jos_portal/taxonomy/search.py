"""Full-text matching on PostgreSQL straight from Wagtail's search index table.

Shared by every list with a free-text search (the site search in discovery, the practice
list) and so at the bottom layer, beside the shared vocabulary.

Same matching and score as the backend's own ``search(text, queryset, operator="and")``:
every word in the title or the body (a word that stems to nothing, a stop word such as
"de", is left out), scored ``ts_rank(title) * title_norm + ts_rank(body)`` with the
backend's weights; a test compares the two row for row. The backend writes the match as
``(title || body) @@ query``, which concatenates two tsvectors for every indexed row before
it can test one; with "school" in most of 10,000 practices that was 180 ms of a 270 ms
search. Testing each word against the title and the body separately gives the same rows
(a single lexeme is in the concatenation when it is in one of the two) at a fraction of the
cost, and the published filter joins on the integer key rather than on a cast of it.
Migration discovery 0002 keeps the body vectors inline in the table row, which halves the
time again.
"""

from django.db import connection

from wagtail.search.backends import get_search_backend
from wagtail.search.backends.database.postgres.weights import get_sql_weights
from wagtail.search.models import IndexEntry
from wagtail.search.utils import get_descendants_content_types_pks


def _alternatives(item):
    """A query item as a tuple of alternatives, each a tuple of words: a plain word is one
    alternative of one word; a group of alternatives (the site search's Dutch expansion)
    passes as it is. PostgreSQL's parser splits "foo_bar" in two; so do we."""
    alternatives = ((item,),) if isinstance(item, str) else tuple(item)
    return tuple(
        tuple(part for word in alternative for part in word.split("_") if part)
        for alternative in alternatives
    )


def postgresql_matches(queryset, words, limit):
    """[(pk, indexed title, score)] of the rows of ``queryset`` (integer keys) that match
    every word, best first, at most ``limit``; one query.

    An item of ``words`` may also be a group of alternatives (tuples of words): a row then
    matches the group when it has every word of one alternative. The score adds the rank
    for the first alternative of every group (the words as typed) twice to the rank for
    all alternatives, so a record with the typed words comes before one found through an
    alternative only; without alternatives it is the backend's own score."""
    groups = [tuple(alt for alt in _alternatives(item) if alt) for item in words]
    groups = [group for group in groups if group]
    if not groups:
        return []
    config = getattr(get_search_backend(), "config", None) or "simple"
    # No ORDER BY in the subquery: sorting 10,000 keys nobody reads cost 20 ms.
    published_sql, published_params = queryset.order_by().values("pk").query.sql_with_params()
    word_test = (
        "(numnode(plainto_tsquery(%s::regconfig, %s)) = 0"
        " OR e.title @@ plainto_tsquery(%s::regconfig, %s)"
        " OR e.body @@ plainto_tsquery(%s::regconfig, %s))"
    )
    group_tests, word_params = [], []
    for group in groups:
        group_tests.append(
            "("
            + " OR ".join("(" + " AND ".join(word_test for _w in alt) + ")" for alt in group)
            + ")"
        )
        word_params.extend(
            p for alt in group for word in alt for p in (config, word, config, word, config, word)
        )
    typed = " ".join(word for group in groups for word in group[0])
    # Without alternatives the score is the backend's own (a test compares the two);
    # with them, every group must match one of its alternatives: (a | b) & (c | d).
    expanded = any(len(group) > 1 for group in groups)
    if expanded:
        any_query = " && ".join(
            "(" + " || ".join("plainto_tsquery(%s::regconfig, %s)" for _a in group) + ")"
            for group in groups
        )
        query_params = [p for group in groups for alt in group for p in (config, " ".join(alt))]
    else:
        any_query = "plainto_tsquery(%s::regconfig, %s)"
        query_params = [config, typed]
    sql = f"""
        SELECT e.object_id::bigint AS pk, e.title_text,
               %s * (ts_rank(%s::float4[], e.title, q.typed) * e.title_norm
                     + ts_rank(%s::float4[], e.body, q.typed))
               + ts_rank(%s::float4[], e.title, q.query) * e.title_norm
               + ts_rank(%s::float4[], e.body, q.query) AS score
        FROM {IndexEntry._meta.db_table} e,
             (SELECT plainto_tsquery(%s::regconfig, %s) AS typed, ({any_query}) AS query) q
        WHERE e.content_type_id = ANY(%s)
          AND numnode(q.query) > 0
          AND {" AND ".join(group_tests)}
          AND e.object_id::bigint IN ({published_sql})
        ORDER BY score DESC, pk DESC
        LIMIT %s
    """  # noqa: S608 - table name and the ORM's own SQL; every value is a parameter
    weights = get_sql_weights()
    params = [
        2.0 if expanded else 0.0,
        weights,
        weights,
        weights,
        weights,
        config,
        typed,
        *query_params,
        get_descendants_content_types_pks(queryset.model),
        *word_params,
        *published_params,
        limit,
    ]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return [(pk, title, float(score or 0)) for pk, title, score in cursor.fetchall()]
