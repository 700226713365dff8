"""Load the 12 provinces, the current municipalities and the fixed vocabularies."""

from pathlib import Path

from django.db import migrations
from django.utils.text import slugify

from jos_portal.taxonomy import regions

SCHOOL_TYPES = [
    ("praktijkonderwijs", "vo"),
    ("vmbo basisberoepsgerichte leerweg", "vo"),
    ("vmbo kaderberoepsgerichte leerweg", "vo"),
    ("vmbo gemengde leerweg", "vo"),
    ("vmbo theoretische leerweg", "vo"),
    ("havo", "vo"),
    ("vwo", "vo"),
    ("voortgezet speciaal onderwijs", "vso"),
    ("mbo niveau 1 (Entree)", "mbo"),
    ("mbo niveau 2", "mbo"),
    ("mbo niveau 3", "mbo"),
    ("mbo niveau 4", "mbo"),
]

TARGET_GROUPS = [
    "leerlingen voortgezet onderwijs",
    "studenten mbo",
    "kwetsbare jongeren",
    "docenten en mentoren",
    "zorgcoördinatoren",
    "schoolleiding",
    "onderwijsondersteunend personeel",
    "jongerenwerkers",
    "beleidsmedewerkers en wethouders",
    "ouders",
]


def load(apps, schema_editor):
    province_model = apps.get_model("taxonomy", "Province")
    municipality_model = apps.get_model("taxonomy", "Municipality")
    data_file = Path(regions.__file__).parent / "data" / regions.DATA_FILE
    parsed = regions.parse(data_file.read_text(encoding="utf-8"))
    regions.apply(parsed, province_model, municipality_model)

    school_type_model = apps.get_model("taxonomy", "SchoolType")
    for order, (name, sector) in enumerate(SCHOOL_TYPES):
        school_type_model.objects.get_or_create(
            slug=slugify(name), defaults={"name": name, "sector": sector, "sort_order": order}
        )
    target_group_model = apps.get_model("taxonomy", "TargetGroup")
    for order, name in enumerate(TARGET_GROUPS):
        target_group_model.objects.get_or_create(
            slug=slugify(name), defaults={"name": name, "sort_order": order}
        )


class Migration(migrations.Migration):
    dependencies = [("taxonomy", "0001_initial")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
