"""The fixed list of funding sources."""

from django.db import migrations

FUNDING_SOURCES = [
    ("gemeente", "gemeente"),
    ("school", "school"),
    ("samenwerkingsverband", "samenwerkingsverband"),
    ("subsidie-fonds", "subsidie of fonds"),
    ("anders", "anders"),
]


def load(apps, schema_editor):
    model = apps.get_model("practices", "FundingSource")
    for order, (slug, name) in enumerate(FUNDING_SOURCES):
        model.objects.get_or_create(slug=slug, defaults={"name": name, "sort_order": order})


def unload(apps, schema_editor):
    apps.get_model("practices", "FundingSource").objects.filter(
        slug__in=[slug for slug, _name in FUNDING_SOURCES]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [("practices", "0008_databank_fields")]

    operations = [migrations.RunPython(load, unload)]
