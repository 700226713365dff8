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


def index_after_publish(sender, instance, **kwargs):
    """Index a record again once it is published, topics and all.

    Wagtail indexes on ``post_save``, and a clusterable record (a page, a tip) saves its
    topic rows only after that signal; with tasks that run at once (development, tests) the
    index then holds the record without its topics until the next save. ``published`` and
    ``page_published`` come after the whole save. (A record whose indexing is deferred,
    such as a practice during an import, says so in ``get_indexed_instance``.)"""
    from wagtail.search import index

    if isinstance(instance, index.Indexed):
        index.insert_or_update_object(instance)


def connect_publish_indexing():
    from wagtail.signals import page_published, published

    page_published.connect(index_after_publish, dispatch_uid="taxonomy-index-page-published")
    published.connect(index_after_publish, dispatch_uid="taxonomy-index-published")
