"""Delete every fictional demo record, in one transaction; running it again changes nothing.

What goes: each record marked *fictief voorbeeld* (``is_fictional``) of every record type
with provenance, every session of a fictional werkplaats, and the organisations and
documents that only those records used. Real records, vocabularies, pages and everything
an editor made stay.
"""

from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import models, transaction

from wagtail.documents import get_document_model
from wagtail.models import Page

from jos_portal.taxonomy.models import Organisation
from jos_portal.taxonomy.provenance import ProvenanceMixin


def provenance_models():
    """Every concrete record type with the fictional flag, pages first (they link to the
    records), sessions before their werkplaats (which protects them)."""
    found = [m for m in apps.get_models() if issubclass(m, ProvenanceMixin)]

    def order(model):
        if issubclass(model, Page):
            return 0
        names = {f.name for f in model._meta.get_fields()}
        return 1 if "workplace" in names else 2

    return sorted(found, key=lambda m: (order(m), m._meta.label))


def references(model):
    """The (model, field) pairs whose foreign key or many-to-many points at ``model``."""
    for other in apps.get_models():
        for field in other._meta.get_fields(include_hidden=True):
            if field.is_relation and field.concrete and field.related_model is model:
                yield other, field


def is_used(instance):
    for other, field in references(type(instance)):
        if other._default_manager.filter(**{field.name: instance}).exists():
            return True
    return False


def linked(objects, model):
    """The ids of ``model`` rows that the given objects point at, one level down."""
    ids = set()
    for obj in objects:
        for relation in obj._meta.get_fields(include_hidden=True):
            if not (isinstance(relation, models.ForeignObjectRel) and relation.one_to_many):
                continue
            child = relation.related_model
            for field in child._meta.get_fields(include_hidden=True):
                if field.is_relation and field.concrete and field.related_model is model:
                    rows = child._default_manager.filter(**{relation.field.name: obj})
                    ids.update(rows.values_list(field.attname, flat=True))
        for field in obj._meta.concrete_fields:
            if field.is_relation and field.related_model is model:
                value = getattr(obj, field.attname)
                if value is not None:
                    ids.add(value)
    return ids


def remove_fictional():
    """Delete the fictional records and what only they used; returns counts per label."""
    removed = {}
    organisations, documents = set(), set()
    document_model = get_document_model()
    for model in provenance_models():
        rows = list(model._default_manager.filter(is_fictional=True))
        if "workplace" in {f.name for f in model._meta.get_fields()}:
            rows += list(
                model._default_manager.filter(workplace__is_fictional=True, is_fictional=False)
            )
        organisations |= linked(rows, Organisation)
        documents |= linked(rows, document_model)
        for row in rows:
            if isinstance(row, Page):
                # Deleting a page through the tree keeps the tree consistent.
                Page.objects.get(pk=row.pk).specific.delete()
            else:
                row.delete()
        if rows:
            removed[model._meta.verbose_name_plural] = len(rows)
    for model, ids in ((Organisation, organisations), (document_model, documents)):
        unused = [obj for obj in model.objects.filter(pk__in=ids) if not is_used(obj)]
        for obj in unused:
            obj.delete()
        if unused:
            removed[model._meta.verbose_name_plural] = len(unused)
    return removed


class Command(BaseCommand):
    help = (
        "Verwijdert alle fictieve voorbeelden van de demo-inhoud (records met 'fictief "
        "voorbeeld', de sessies van een fictieve werkplaats en de organisaties en documenten "
        "die alleen zij gebruikten). Echte records blijven staan. Nogmaals draaien verandert "
        "niets."
    )

    def handle(self, *args, **options):
        with transaction.atomic():
            removed = remove_fictional()
        if not removed:
            self.stdout.write("Er zijn geen fictieve voorbeelden (meer).")
            return
        for label, count in removed.items():
            self.stdout.write(f"{label}: {count} verwijderd.")
        self.stdout.write(self.style.SUCCESS("De fictieve demo-inhoud is verwijderd."))
