"""Bulk import of practices in the admin: the dry run names every bad row and stores
nothing, confirm stores all rows as drafts in review or none, broken files get a Dutch
message, and only who may add practices gets in."""

import base64
import io

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtail.models import ModelLogEntry, Revision, WorkflowState
from wagtail.search.backends import get_search_backend

import pytest
from openpyxl import Workbook, load_workbook

from jos_portal.taxonomy.models import Organisation
from practices import imports
from practices.models import Practice, Source
from tests.factories.practices import PracticeFactory

pytestmark = pytest.mark.django_db

URL = reverse("wagtailsnippets_practices_practice:import")
LIST_URL = reverse("wagtailsnippets_practices_practice:list")
PASSWORD = "Een-lang-wachtwoord-2026"

HEADERS = [
    "titel",
    "samenvatting",
    "doel",
    "aanpak",
    "soort samenwerking",
    "fase",
    "gemeente",
    "schooltypen",
    "organisaties",
    "onderwerpen",
    "startjaar",
    "laatst gecontroleerd",
]
# Spreadsheet rows 7 and 16 (header is row 1): an unknown municipality and a bad date.
BAD_ROWS = {5: {"gemeente": "Atlantis"}, 14: {"laatst gecontroleerd": "31-02-2024"}}


def row(number, **overrides):
    values = {
        "titel": f"Pauzeproject nummer {number}",
        "samenvatting": "Jongerenwerkers zijn in de pauze op het plein en in de aula.",
        "doel": "Leerlingen kennen een jongerenwerker.",
        "aanpak": "Twee jongerenwerkers lopen elke dinsdag mee.\n\nDe mentor sluit aan.",
        "soort samenwerking": "in de school",
        "fase": "lopend",
        "gemeente": "Tilburg" if number % 2 else "GM0344",
        "schooltypen": "havo; vwo",
        "organisaties": "Stichting Proefschool",
        "onderwerpen": "pauze; polarisatie",
        "startjaar": 2020,
        "laatst gecontroleerd": "15-03-2025",
    }
    values.update(overrides)
    return [values[header] for header in HEADERS]


def rows(bad=True):
    return [row(index, **(BAD_ROWS.get(index, {}) if bad else {})) for index in range(20)]


def xlsx_bytes(data_rows, headers=HEADERS):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(headers)
    for values in data_rows:
        sheet.append(values)
    output = io.BytesIO()
    workbook.save(output)
    return output.getvalue()


def upload(client, content, name="praktijkvoorbeelden.xlsx"):
    return client.post(URL, {"file": SimpleUploadedFile(name, content)})


def confirm(client, content, name="praktijkvoorbeelden.xlsx"):
    return client.post(
        URL,
        {"confirm": "1", "file_name": name, "file_data": base64.b64encode(content).decode()},
    )


def user_in(role, name="gebruiker"):
    user = get_user_model().objects.create_user(name, f"{name}@example.nl", PASSWORD)
    user.groups.add(Group.objects.get(name=role))
    return user


@pytest.fixture
def editor(db):
    return user_in("Redacteur", "redacteur")


@pytest.fixture
def editor_client(client, editor):
    Organisation.objects.create(name="Stichting Proefschool", kind="school")
    client.force_login(editor)
    return client


def test_dry_run_reports_exactly_the_two_bad_rows_in_dutch_and_stores_nothing(editor_client):
    revisions = Revision.objects.count()
    response = upload(editor_client, xlsx_bytes(rows()))

    assert response.status_code == 200
    check = response.context["check"]
    assert check.file_error == ""
    assert len(check.rows) == 20
    bad = {r.number: [(e.column, e.value, e.message) for e in r.errors] for r in check.bad_rows}
    assert bad == {
        7: [
            (
                "gemeente",
                "Atlantis",
                "Onbekende gemeente. Gebruik de naam of de CBS-code (bijvoorbeeld GM0855).",
            )
        ],
        16: [
            (
                "laatst gecontroleerd",
                "31-02-2024",
                "Geen geldige datum. Schrijf de datum als dd-mm-jjjj, bijvoorbeeld 15-03-2025.",
            )
        ],
    }
    html = response.content.decode()
    assert "2 van de 20 rijen hebben fouten" in html
    assert "Onbekende gemeente" in html and "Atlantis" in html
    assert 'name="confirm"' not in html
    assert Practice.objects.count() == 0
    assert Revision.objects.count() == revisions
    assert WorkflowState.objects.count() == 0


def test_confirm_is_refused_while_the_file_has_errors(editor_client):
    response = confirm(editor_client, xlsx_bytes(rows()))

    assert response.status_code == 200
    assert response.context["refused"] is True
    assert "Er is niets geïmporteerd" in response.content.decode()
    assert Practice.objects.count() == 0
    assert WorkflowState.objects.count() == 0


def test_fixed_file_imports_twenty_drafts_in_review_by_the_importing_editor(editor_client, editor):
    content = xlsx_bytes(rows(bad=False))
    checked = upload(editor_client, content)
    assert checked.context["check"].ok
    html = checked.content.decode()
    assert "Alle 20 rijen zijn in orde" in html
    assert "20 praktijkvoorbeelden importeren" in html
    assert Practice.objects.count() == 0

    response = confirm(editor_client, content)

    assert response.status_code == 302 and response.url == LIST_URL
    practices = Practice.objects.order_by("title")
    assert practices.count() == 20
    for practice in practices:
        assert practice.live is False
        assert practice.source == Source.EDITORS
        assert practice.latest_revision.user == editor
        state = WorkflowState.objects.for_instance(practice).get()
        assert state.status == WorkflowState.STATUS_IN_PROGRESS
        assert state.requested_by == editor
    first = Practice.objects.get(title="Pauzeproject nummer 0")
    assert first.municipality.code == "GM0344"
    assert sorted(first.school_types.values_list("slug", flat=True)) == ["havo", "vwo"]
    assert sorted(first.tags.names()) == ["pauze", "polarisatie"]
    assert first.organisations.get().role == "school"
    assert first.approach == (
        "<p>Twee jongerenwerkers lopen elke dinsdag mee.</p><p>De mentor sluit aan.</p>"
    )
    assert first.start_year == 2020 and str(first.last_reviewed) == "2025-03-15"
    revision = first.latest_revision.as_object()
    assert revision.school_types.count() == 2
    assert sorted(tag.name for tag in revision.tags.all()) == ["pauze", "polarisatie"]
    created = ModelLogEntry.objects.filter(action="wagtail.create", user=editor)
    assert created.count() == 20
    assert Revision.objects.filter(user=editor).count() == 20
    listing = editor_client.get(LIST_URL).content.decode()
    assert "20 praktijkvoorbeelden geïmporteerd" in listing


def test_imported_drafts_stay_off_the_public_list(editor_client, client):
    content = xlsx_bytes(rows(bad=False))
    confirm(editor_client, content)
    assert Practice.objects.count() == 20

    editor_client.logout()
    public = client.get(reverse("practices:list"))
    assert public.status_code == 200
    assert "Pauzeproject nummer" not in public.content.decode()
    detail = client.get(Practice.objects.first().get_absolute_url())
    assert detail.status_code == 404


def test_one_bad_row_at_confirm_stores_none_of_the_others(editor_client):
    """All or nothing: a row that became a duplicate since the dry run blocks the file."""
    content = xlsx_bytes(rows(bad=False))
    assert upload(editor_client, content).context["check"].ok
    PracticeFactory(title="Pauzeproject nummer 19")

    response = confirm(editor_client, content)

    assert response.status_code == 200
    assert [r.number for r in response.context["check"].bad_rows] == [21]
    assert Practice.objects.count() == 1


def check_of(client, data_rows, headers=HEADERS):
    return upload(client, xlsx_bytes(data_rows, headers)).context["check"]


def only_errors(check):
    return [(r.number, e.column, e.message) for r in check.bad_rows for e in r.errors]


def test_row_errors_name_column_value_and_reason(editor_client):
    PracticeFactory(title="Bestaand voorbeeld", live=False)
    check = check_of(
        editor_client,
        [
            row(1, titel=""),
            row(2, titel="x" * 201),
            row(3, titel="Bestaand  voorbeeld!"),
            row(4, titel="Twee keer"),
            row(5, titel="twee keer"),
            row(6, fase="bijna klaar"),
            row(7, schooltypen="havo; hbo"),
            row(8, startjaar="ooit"),
            row(9, organisaties="Onbekende Stichting"),
            row(10, titel=imports.EXAMPLE_TITLE),
        ],
    )
    assert only_errors(check) == [
        (2, "titel", "Verplicht; deze cel is leeg."),
        (3, "titel", "Te lang: 201 tekens, maximaal 200."),
        (
            4,
            "titel",
            "Er bestaat al een praktijkvoorbeeld met deze titel: 'Bestaand voorbeeld'.",
        ),
        (6, "titel", "Dubbel in het bestand: dezelfde titel staat ook in rij 5."),
        (
            7,
            "fase",
            "Geen geldige keuze. Kies uit: 'verkennen', 'opstarten', 'lopend', 'geborgd', "
            "'afgerond'.",
        ),
        (8, "schooltypen", only_errors(check)[5][2]),
        (9, "startjaar", "Geen jaartal. Schrijf bijvoorbeeld 2021."),
        (
            10,
            "organisaties",
            "Onbekende organisatie: 'Onbekende Stichting'. Voeg haar eerst toe in het beheer "
            "(Organisaties) of controleer de schrijfwijze.",
        ),
        (11, "titel", "Dit is de voorbeeldregel uit het sjabloon. Verwijder deze rij."),
    ]
    assert only_errors(check)[5][2].startswith("Onbekend schooltype: 'hbo'. Kies uit: ")
    assert "havo" in only_errors(check)[5][2]


def test_model_rules_apply_a_fictional_example_has_no_review_date(editor_client):
    headers = [*HEADERS, "fictief voorbeeld"]
    check = check_of(
        editor_client, [[*row(1), "ja"], [*row(2, **{"laatst gecontroleerd": ""}), "ja"]], headers
    )
    assert [(n, c) for n, c, _m in only_errors(check)] == [(2, "laatst gecontroleerd")]
    assert "fictief voorbeeld" in only_errors(check)[0][2]


def csv_bytes(data_rows, delimiter=",", encoding="utf-8", headers=HEADERS):
    import csv

    output = io.StringIO()
    writer = csv.writer(output, delimiter=delimiter)
    writer.writerow(headers)
    writer.writerows(data_rows)
    return output.getvalue().encode(encoding)


@pytest.mark.parametrize(
    ("delimiter", "encoding"),
    [(",", "utf-8"), (";", "utf-8-sig"), (";", "utf-8"), ("\t", "utf-8-sig")],
)
def test_csv_in_utf8_with_or_without_bom_and_with_excel_nl_semicolons(
    editor_client, delimiter, encoding
):
    content = csv_bytes([row(1, titel="Café-gesprekken in de aula"), row(2)], delimiter, encoding)
    check = upload(editor_client, content, "lijst.csv").context["check"]
    assert check.ok, (check.file_error, only_errors(check))
    assert check.rows[0].cleaned["title"] == "Café-gesprekken in de aula"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("notities.pdf", b"%PDF-1.4 x", "Alleen CSV- en Excel-bestanden (.csv of .xlsx) kunnen."),
        ("oud.xls", b"\xd0\xcf\x11\xe0 x", "Oude Excel-bestanden (.xls) kunnen niet."),
        ("leeg.csv", b"\n\n;;\n", "Het bestand is leeg."),
        (
            "alleen-kopjes.csv",
            ",".join(HEADERS).encode(),
            "Het bestand bevat alleen kopjes en nog geen praktijkvoorbeelden.",
        ),
        (
            "kopjes.csv",
            b"naam;plaats\nA;B\n",
            "Onbekende kolommen: 'naam', 'plaats'. Verplichte kolommen ontbreken: 'titel', "
            "'samenvatting', 'doel', 'aanpak', 'soort samenwerking', 'fase', 'gemeente'.",
        ),
        (
            "ontbrekend.csv",
            b"titel;samenvatting;doel;aanpak;fase;gemeente;gemeente\nA;B;C;D;lopend;Tilburg;x\n",
            "Dubbele kolommen: 'gemeente'. Verplichte kolommen ontbreken: 'soort samenwerking'.",
        ),
        (
            "ansi.csv",
            "titel;samenvatting\nCafé;x\n".encode("cp1252"),
            "niet als UTF-8 opgeslagen",
        ),
        ("utf16.csv", "titel\n".encode("utf-16"), "niet als UTF-8 opgeslagen"),
        ("kapot.xlsx", b"PK\x03\x04" + b"\x00" * 200, "Dit Excel-bestand kan niet worden gelezen"),
        ("tekst.xlsx", b"titel;samenvatting\n", "Dit Excel-bestand kan niet worden gelezen"),
        ("binair.csv", b"titel\x00\x01\x02", "Dit is geen tekstbestand (CSV)."),
        ("excel.csv", xlsx_bytes([]), "Dit lijkt een Excel-bestand met de extensie .csv."),
    ],
)
def test_broken_files_get_a_dutch_message_and_store_nothing(editor_client, name, content, message):
    response = upload(editor_client, content, name)

    assert response.status_code == 200
    assert message in response.context["check"].file_error
    assert message.split(".")[0] in response.content.decode().replace("&#x27;", "'")
    assert Practice.objects.count() == 0


def test_an_empty_upload_is_refused_by_the_form(editor_client):
    response = upload(editor_client, b"", "leeg.xlsx")
    assert response.status_code == 200
    assert "Het bestand is leeg." in response.content.decode()


def test_a_file_without_upload_asks_for_one(editor_client):
    response = editor_client.post(URL, {})
    assert response.status_code == 200
    assert "Kies een bestand om te controleren." in response.content.decode()


def test_too_large_file_and_too_many_rows(editor_client, settings):
    settings.PRACTICE_IMPORT_MAX_ROWS = 5
    check = check_of(editor_client, rows(bad=False)[:6])
    assert check.file_error == (
        "Het bestand heeft meer dan 5 rijen. Splits het in kleinere bestanden."
    )
    assert check_of(editor_client, rows(bad=False)[:5]).ok

    settings.PRACTICE_IMPORT_MAX_BYTES = 1024 * 1024
    big = csv_bytes([row(1, doel="x" * 3000)] * 400)
    assert len(big) > 1024 * 1024
    check = upload(editor_client, big, "groot.csv").context["check"]
    assert check.file_error.startswith("Het bestand is te groot: maximaal 1 MB.")


def test_a_tampered_confirm_is_checked_again(editor_client):
    response = editor_client.post(
        URL, {"confirm": "1", "file_name": "x.xlsx", "file_data": "niet-base64!"}
    )
    assert response.status_code == 200
    assert response.context["check"].file_error == "Het bestand is leeg."
    assert Practice.objects.count() == 0


@pytest.mark.parametrize("path", ["import", "import_template_csv", "import_template_xlsx"])
def test_who_may_not_add_practices_gets_403(client, path):
    client.force_login(user_in("Beheerder", "beheerder"))
    url = reverse(f"wagtailsnippets_practices_practice:{path}")
    assert client.get(url).status_code == 403
    assert client.post(url, {"file": SimpleUploadedFile("a.csv", b"titel\nA\n")}).status_code == 403


def test_anonymous_visitors_are_sent_to_the_login(client):
    response = client.get(URL)
    assert response.status_code == 302 and "/admin/login/" in response.url


def test_a_contributor_may_import_drafts_with_existing_topics_only(client):
    from taggit.models import Tag

    Organisation.objects.create(name="Stichting Proefschool", kind="school")
    contributor = user_in("Bijdrager", "bijdrager")
    client.force_login(contributor)
    # New topics are the editors' call, in the import as in the form.
    check = upload(client, xlsx_bytes(rows(bad=False)[:2])).context["check"]
    assert not check.ok
    messages = {error.message for bad in check.bad_rows for error in bad.errors}
    assert messages == {
        "Dit onderwerp bestaat nog niet: pauze, polarisatie. Kies een bestaand onderwerp; "
        "nieuwe onderwerpen voegt de redactie toe."
    }
    assert confirm(client, xlsx_bytes(rows(bad=False)[:2])).status_code == 200
    assert not Tag.objects.exists() and not Practice.objects.exists()

    Tag.objects.create(name="Pauze", slug="pauze")
    Tag.objects.create(name="polarisatie", slug="polarisatie")
    response = confirm(client, xlsx_bytes(rows(bad=False)[:2]))
    assert response.status_code == 302
    assert Practice.objects.filter(live=False).count() == 2
    assert Tag.objects.count() == 2


def test_the_list_header_links_to_the_import_for_who_may_add(editor_client, client):
    html = editor_client.get(LIST_URL).content.decode()
    assert f'href="{URL}"' in html
    page = editor_client.get(URL).content.decode()
    assert "Praktijkvoorbeelden importeren" in page
    assert "De naam of de CBS-code" in page and "gescheiden door &#x27;;&#x27;" in page

    client.force_login(user_in("Beheerder", "beheerder"))
    assert f'href="{URL}"' not in client.get(LIST_URL).content.decode()


def test_templates_have_dutch_headers_and_one_fictional_example_row(editor_client):
    response = editor_client.get(reverse("wagtailsnippets_practices_practice:import_template_xlsx"))
    assert response.status_code == 200
    assert "sjabloon-praktijkvoorbeelden.xlsx" in response["Content-Disposition"]
    workbook = load_workbook(io.BytesIO(response.content))
    sheet_rows = list(workbook.worksheets[0].iter_rows(values_only=True))
    assert list(sheet_rows[0]) == [column.header for column in imports.columns()]
    assert len(sheet_rows) == 2
    example = dict(zip(sheet_rows[0], sheet_rows[1], strict=True))
    assert example["titel"].startswith("Fictief voorbeeld")
    assert example["fictief voorbeeld"] == "ja"
    assert workbook.sheetnames == ["Praktijkvoorbeelden", "Toelichting"]

    csv_response = editor_client.get(
        reverse("wagtailsnippets_practices_practice:import_template_csv")
    )
    text = csv_response.content.decode("utf-8")
    assert text.startswith("\ufefftitel;samenvatting;")

    # The example row itself validates, except that it is the example.
    check = upload(editor_client, csv_response.content, "sjabloon.csv").context["check"]
    assert only_errors(check) == [
        (2, "titel", "Dit is de voorbeeldregel uit het sjabloon. Verwijder deze rij.")
    ]


def test_a_failure_halfway_through_the_import_leaves_nothing_behind(editor, monkeypatch):
    Organisation.objects.create(name="Stichting Proefschool", kind="school")
    check = imports.check_file("lijst.xlsx", xlsx_bytes(rows(bad=False)))
    assert check.ok
    original, calls = imports.unique_slug, []

    def failing_on_the_tenth(title, taken):
        calls.append(title)
        if len(calls) == 10:
            raise RuntimeError("schijf vol")
        return original(title, taken)

    monkeypatch.setattr(imports, "unique_slug", failing_on_the_tenth)
    with pytest.raises(RuntimeError):
        imports.import_rows(check, editor)
    assert Practice.objects.count() == 0
    assert WorkflowState.objects.count() == 0


def test_moderators_get_one_mail_for_the_whole_import(
    editor_client, django_capture_on_commit_callbacks
):
    moderator = user_in("Eindredacteur", "eindredactie")
    with django_capture_on_commit_callbacks(execute=True):
        confirm(editor_client, xlsx_bytes(rows(bad=False)))

    assert Practice.objects.count() == 20
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [moderator.email]
    assert message.subject == "20 praktijkvoorbeelden geïmporteerd en ter beoordeling aangeboden"
    assert "redacteur heeft 20 praktijkvoorbeelden geïmporteerd" in message.body
    assert "- Pauzeproject nummer 13\n" in message.body
    assert "?workflow_state=in_review" in message.body


def test_a_single_submission_still_mails_the_moderators_itself(editor):
    """Outside an import Wagtail's per-record review mail is untouched."""
    moderator = user_in("Eindredacteur", "eindredactie")
    practice = PracticeFactory(title="Los concept", live=False)
    practice.get_workflow().start(practice, user=editor)
    assert [message.to for message in mail.outbox] == [[moderator.email]]
    assert "Los concept" in mail.outbox[0].subject


def test_row_numbers_are_those_of_the_spreadsheet_also_after_a_blank_row(editor_client):
    data = [row(1), [None] * len(HEADERS), row(2, fase="")]
    check = check_of(editor_client, data)
    assert [r.number for r in check.rows] == [2, 4]
    assert only_errors(check) == [(4, "fase", "Verplicht; deze cel is leeg.")]


def test_an_excel_date_cell_and_a_number_cell_are_read_as_written(editor_client):
    import datetime

    check = check_of(
        editor_client,
        [row(1, **{"laatst gecontroleerd": datetime.datetime(2025, 3, 15), "startjaar": 2019.0})],
    )
    assert check.ok, only_errors(check)
    assert str(check.rows[0].cleaned["last_reviewed"]) == "2025-03-15"
    assert check.rows[0].cleaned["start_year"] == 2019


def test_imported_practices_are_in_the_search_index_after_the_commit(
    editor_client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        confirm(editor_client, xlsx_bytes(rows(bad=False)[:3]))
    search = get_search_backend().search
    assert list(search("Pauzeproject", Practice)) == []

    for callback in callbacks:
        callback()
    found = {practice.title for practice in search("Pauzeproject", Practice)}
    assert found == {f"Pauzeproject nummer {number}" for number in range(3)}
