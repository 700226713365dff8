"""The municipalities in the search index. They come from a data migration and from
``import_regions``, which write rows without the signals that index a saved record, so a
chooser or listing search would find nothing. ``index_regions`` puts them all in (342
municipalities in about a second); it runs after every ``migrate`` and at the end of
``import_regions``."""

from django.db import DEFAULT_DB_ALIAS

from wagtail.search.backends import get_search_backends


def index_regions(**kwargs):
    from .models import Municipality

    objects = list(Municipality.objects.select_related("province"))
    if not objects:
        return
    for backend in get_search_backends(with_auto_update=True):
        backend.add_bulk(Municipality, objects)


def index_regions_after_migrate(sender, using=DEFAULT_DB_ALIAS, plan=None, **kwargs):
    """post_migrate for the taxonomy app, once the tables exist."""
    if using != DEFAULT_DB_ALIAS:
        return
    from django.db import connections

    tables = connections[using].introspection.table_names()
    if "taxonomy_municipality" in tables and "wagtailsearch_indexentry" in tables:
        index_regions()
