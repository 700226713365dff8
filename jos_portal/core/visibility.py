"""Which pages a visitor may see, as a condition that fits inside any query.

Wagtail's ``PageQuerySet.public()`` reads the view restrictions first (one query) and
only works on a page queryset. Topic counts, the sitemap and tag options join pages
through tag tables, so they need the same rule as part of their own query.
"""

from django.db.models import Exists, OuterRef, Q
from django.db.models.functions import Length, Substr

from wagtail.models import PageViewRestriction


def public_page_q(prefix=""):
    """Q: the page reached through ``prefix`` (``"content_object__"`` from a tag table,
    ``""`` on a page queryset) is live and lies in no section with a view restriction
    (password, login or groups), itself included; one correlated subquery."""
    path = OuterRef(f"{prefix}path")
    restricted = PageViewRestriction.objects.filter(
        page__path=Substr(path, 1, Length("page__path"))
    )
    return Q(**{f"{prefix}live": True}) & ~Exists(restricted)
