"""Add po (groep 7-8), so, isk and vavo to the school types, in school order, and the
partners around a school to the target groups. Existing types keep their order among
themselves; every existing value stays."""

from django.db import migrations
from django.utils.text import slugify

# Existing types move up by SPACING so new types fit before and between them.
SPACING = 10
OFFSET = 20
# (name, sector, sort_order after the shift): po and so before vo; isk after vwo; vavo
# after vso and before mbo (existing orders 6 = vwo, 7 = vso).
NEW_SCHOOL_TYPES = [
    ("po groep 7-8 (overstap naar het voortgezet onderwijs)", "po", 0),
    ("speciaal onderwijs (so)", "so", 10),
    ("internationale schakelklas (isk)", "vo", 6 * SPACING + OFFSET + 5),
    ("vavo (voortgezet algemeen volwassenenonderwijs)", "vo", 7 * SPACING + OFFSET + 5),
]

NEW_TARGET_GROUPS = [
    "leerplichtambtenaren en RMC-consulenten",
    "wijkteams",
    "schoolmaatschappelijk werkers",
    "wijkagenten en politie",
    "GGD en jeugdgezondheidszorg",
]


def forwards(apps, schema_editor):
    school_type = apps.get_model("taxonomy", "SchoolType")
    new_slugs = [slugify(name) for name, _sector, _order in NEW_SCHOOL_TYPES]
    for row in school_type.objects.exclude(slug__in=new_slugs):
        row.sort_order = row.sort_order * SPACING + OFFSET
        row.save(update_fields=["sort_order"])
    for name, sector, order in NEW_SCHOOL_TYPES:
        school_type.objects.update_or_create(
            slug=slugify(name), defaults={"name": name, "sector": sector, "sort_order": order}
        )
    target_group = apps.get_model("taxonomy", "TargetGroup")
    last = max(target_group.objects.values_list("sort_order", flat=True), default=0)
    for i, name in enumerate(NEW_TARGET_GROUPS, start=1):
        target_group.objects.get_or_create(
            slug=slugify(name), defaults={"name": name, "sort_order": last + i}
        )


def backwards(apps, schema_editor):
    school_type = apps.get_model("taxonomy", "SchoolType")
    new_slugs = [slugify(name) for name, _sector, _order in NEW_SCHOOL_TYPES]
    school_type.objects.filter(slug__in=new_slugs).delete()
    for row in school_type.objects.all():
        row.sort_order = max(row.sort_order - OFFSET, 0) // SPACING
        row.save(update_fields=["sort_order"])
    target_group = apps.get_model("taxonomy", "TargetGroup")
    target_group.objects.filter(slug__in=[slugify(n) for n in NEW_TARGET_GROUPS]).delete()


class Migration(migrations.Migration):
    dependencies = [("taxonomy", "0004_more_sectors_and_organisation_kinds")]

    operations = [migrations.RunPython(forwards, backwards)]
