"""Orderable children created in code keep the order they were given.

Wagtail's ``Orderable`` sorts on ``sort_order``, and the admin's inline panels fill it. A
child made in code (``publication.authors = [Author(...), Author(...)]`` in the demo data,
a submitted practice's attachment) kept ``NULL``, and the order of equal ``NULL``s is
whatever the database returns: the first author of a citation could change after a
restore or a vacuum. A child saved without a ``sort_order`` now goes after its siblings,
which for a list assigned in one go is the order of the list.
"""

from django.db.models import Max
from django.db.models.signals import pre_save

from wagtail.models import Orderable

from modelcluster.fields import ParentalKey


def fill_sort_order(sender, instance, raw=False, **kwargs):
    if raw or not isinstance(instance, Orderable) or instance.sort_order is not None:
        return
    parents = [field for field in sender._meta.fields if isinstance(field, ParentalKey)]
    if len(parents) != 1:
        return
    parent_id = getattr(instance, parents[0].attname)
    if parent_id is None:
        return
    siblings = sender._default_manager.filter(**{parents[0].attname: parent_id})
    highest = siblings.aggregate(highest=Max("sort_order"))["highest"]
    instance.sort_order = 0 if highest is None else highest + 1


def connect():
    pre_save.connect(fill_sort_order, dispatch_uid="jos-fill-sort-order")
