from io import StringIO
from pathlib import Path

from django.core.management import CommandError, call_command

import pytest

from jos_portal.taxonomy.models import Municipality, Province

pytestmark = pytest.mark.django_db
FIXTURES = Path(__file__).parent / "fixtures"


def test_the_twelve_provinces_are_loaded():
    assert Province.objects.count() == 12
    assert set(Province.objects.values_list("code", flat=True)) == {f"PV{n}" for n in range(20, 32)}


def test_all_current_municipalities_are_loaded_with_their_province():
    assert Municipality.objects.count() == 342
    assert not Municipality.objects.filter(province__isnull=True).exists()
    assert Municipality.objects.filter(code="GM1992", name="Voorne aan Zee").exists()
    assert not Municipality.objects.filter(name="Brielle").exists()


def test_tilburg_and_utrecht_have_their_cbs_codes_and_provinces():
    tilburg = Municipality.objects.get(code="GM0855")
    assert (tilburg.name, tilburg.province.name, tilburg.slug) == (
        "Tilburg",
        "Noord-Brabant",
        "tilburg",
    )
    utrecht = Municipality.objects.get(code="GM0344")
    assert (utrecht.name, utrecht.province.name) == ("Utrecht", "Utrecht")


def test_every_province_has_municipalities():
    for province in Province.objects.all():
        assert province.municipalities.exists(), province


def test_import_updates_existing_and_adds_new_municipalities():
    out = StringIO()
    call_command("import_regions", str(FIXTURES / "gebieden_ok.csv"), stdout=out)
    tilburg = Municipality.objects.get(code="GM0855")
    assert tilburg.jeugdregio_code == "JZ99"
    assert tilburg.jeugdregio_name == "Testregio Hart van Brabant"
    assert tilburg.ggd_name == "GGD Hart voor Brabant"
    new = Municipality.objects.get(code="GM9998")
    assert (new.name, new.province.code, new.slug) == ("Nieuwstad", "PV26", "nieuwstad")
    assert Municipality.objects.count() == 343
    assert "1 nieuw, 1 bijgewerkt" in out.getvalue()


def test_import_twice_changes_nothing_the_second_time():
    call_command("import_regions", str(FIXTURES / "gebieden_ok.csv"), stdout=StringIO())
    out = StringIO()
    call_command("import_regions", str(FIXTURES / "gebieden_ok.csv"), stdout=out)
    assert "0 nieuw, 0 bijgewerkt, 2 ongewijzigd" in out.getvalue()


def test_bad_file_reports_every_bad_line_and_writes_nothing():
    before = list(Municipality.objects.order_by("code").values())
    err = StringIO()
    with pytest.raises(CommandError, match="er is niets opgeslagen"):
        call_command("import_regions", str(FIXTURES / "gebieden_bad.csv"), stderr=err)
    report = err.getvalue()
    assert "Regel 3" in report and "PV99" in report
    assert "Regel 4" in report and "name is leeg" in report
    assert "Regel 5" in report and "regel 2" in report
    assert "Regel 2" not in report
    # Line 2 was valid, but because the file as a whole is bad nothing is written.
    assert list(Municipality.objects.order_by("code").values()) == before


def test_missing_file_and_wrong_header_are_clear_errors(tmp_path):
    with pytest.raises(CommandError, match="Kan .* niet lezen"):
        call_command("import_regions", str(tmp_path / "nope.csv"))
    wrong = tmp_path / "wrong.csv"
    wrong.write_text("a,b,c\n1,2,3\n", encoding="utf-8")
    with pytest.raises(CommandError):
        call_command("import_regions", str(wrong), stderr=StringIO())
    binary = tmp_path / "binary.csv"
    binary.write_bytes(b"\x81\x8d\x8f\x90\x9d")
    with pytest.raises(CommandError):
        call_command("import_regions", str(binary), stderr=StringIO())
