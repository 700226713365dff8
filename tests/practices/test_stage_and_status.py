"""Stage and status cannot contradict each other: "afgerond" is a stage, the status follows."""

from django.apps import apps

import pytest

from practices.models import Practice, Stage, Status
from tests.factories.practices import PracticeFactory

pytestmark = pytest.mark.django_db


def test_a_finished_stage_gives_the_finished_status():
    practice = PracticeFactory(stage=Stage.FINISHED)
    practice.refresh_from_db()
    assert practice.status == Status.FINISHED


@pytest.mark.parametrize("stage", ["verkennen", "opstarten", "lopend", "geborgd"])
def test_every_other_stage_is_ongoing_even_when_told_otherwise(stage):
    practice = PracticeFactory(stage=stage)
    practice.status = Status.FINISHED
    practice.save()
    practice.refresh_from_db()
    assert practice.status == Status.ONGOING


def test_saving_only_the_stage_updates_the_status():
    practice = PracticeFactory(stage="lopend")
    practice.stage = Stage.FINISHED
    practice.save(update_fields=["stage"])
    practice.refresh_from_db()
    assert practice.status == Status.FINISHED


def test_the_status_is_not_an_editable_field():
    assert not Practice._meta.get_field("status").editable


def test_the_migration_gives_finished_rows_the_finished_stage_and_keeps_the_rest():
    import importlib

    migration = importlib.import_module("practices.migrations.0005_stage_includes_finished")
    finished = PracticeFactory(stage="lopend")
    embedded_finished = PracticeFactory(stage="geborgd")
    running = PracticeFactory(stage="geborgd")
    Practice.objects.filter(pk__in=[finished.pk, embedded_finished.pk]).update(status="afgerond")
    revision = finished.save_revision()
    revision.content["status"] = "afgerond"
    revision.save()

    migration.fold_finished_into_stage(apps, None)

    rows = dict(Practice.objects.values_list("pk", "stage"))
    assert rows[finished.pk] == rows[embedded_finished.pk] == "afgerond"
    assert rows[running.pk] == "geborgd"
    assert set(Practice.objects.values_list("status", flat=True)) == {"afgerond", "lopend"}
    revision.refresh_from_db()
    assert revision.content["stage"] == "afgerond"
    assert Practice.objects.count() == 3

    migration.unfold(apps, None)
    assert Practice.objects.get(pk=finished.pk).stage == "lopend"
    assert Practice.objects.get(pk=finished.pk).status == "afgerond"
