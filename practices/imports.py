"""Bulk import of practice examples from a spreadsheet (CSV or XLSX) in the admin.

The editor uploads a file; ``check_file`` reads and validates every row (a Django form per
row, then the model's own ``clean``) and stores nothing. Only a file without a single
error can be imported: ``import_rows`` creates every practice in one transaction, each as
a draft with a revision, logged as created by the importing editor and put into the
review workflow, as the public submission form does.

Not django-import-export: its resources save one plain model instance per row, while a
practice needs its cluster relations set before the first revision, Wagtail's create
action and the workflow start; and its dry run writes rows and rolls them back, where
this one never writes. csv, openpyxl (already a dependency) and a form per row suffice.
"""

import csv
import datetime
import io
import logging
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import partial

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import send_mass_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.actions.create import CreateAction
from wagtail.admin.mail import GroupApprovalTaskStateSubmissionEmailNotifier
from wagtail.admin.utils import get_admin_base_url
from wagtail.search.backends import get_search_backends

from taggit.models import Tag

from jos_portal.taxonomy.forms import may_add_topics
from jos_portal.taxonomy.models import Factor, Municipality, Organisation, SchoolType, TargetGroup
from jos_portal.taxonomy.provenance import Provenance

from .models import (
    SUMMARY_MAX_LENGTH,
    CollaborationType,
    EvidenceLevel,
    Practice,
    PracticeOrganisation,
    Source,
    Stage,
    search_index_deferred,
)
from .submission import PlainTextField, normalised, plain_text_to_html

logger = logging.getLogger(__name__)

LIST_SEPARATOR = ";"
# Set while an import starts its reviews (see review_mail_collected).
_collecting_review_mail = ContextVar("practices_import_collects_review_mail", default=False)
EXAMPLE_TITLE = "Fictief voorbeeld: huiswerkclub met de jongerenwerker"


class ImportFileError(Exception):
    """The file as a whole cannot be read; the message is for the editor."""


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    required: bool
    help: str


def _choices_text(choices):
    return ", ".join(f"'{label}'" for _value, label in choices)


def columns():
    """The template's columns in order, with the help the upload screen shows."""
    return [
        Column("title", _("titel"), True, _("Maximaal 200 tekens. Mag nog niet bestaan.")),
        Column(
            "summary",
            _("samenvatting"),
            True,
            _("Twee of drie zinnen, maximaal %(max)s tekens.") % {"max": SUMMARY_MAX_LENGTH},
        ),
        Column("goal", _("doel"), True, _("Gewone tekst: wat wil de samenwerking bereiken?")),
        Column("approach", _("aanpak"), True, _("Gewone tekst: wie doet wat?")),
        Column("results", _("resultaten"), False, _("Gewone tekst.")),
        Column("lessons", _("lessen"), False, _("Gewone tekst.")),
        Column(
            "collaboration_type",
            _("soort samenwerking"),
            True,
            _("Eén van: %(choices)s.") % {"choices": _choices_text(CollaborationType.choices)},
        ),
        Column(
            "stage",
            _("fase"),
            True,
            _("Eén van: %(choices)s.") % {"choices": _choices_text(Stage.choices)},
        ),
        Column(
            "municipality",
            _("gemeente"),
            True,
            _("De naam of de CBS-code, bijvoorbeeld 'Tilburg' of 'GM0855'."),
        ),
        Column(
            "extra_municipalities",
            _("andere gemeenten"),
            False,
            _("Alleen bij regionale samenwerkingen: namen of CBS-codes, gescheiden door ';'."),
        ),
        Column(
            "school_types",
            _("schooltypen"),
            False,
            _("Namen uit de lijst met schooltypen, gescheiden door ';', bijvoorbeeld 'havo; vwo'."),
        ),
        Column(
            "target_groups",
            _("doelgroepen"),
            False,
            _("Namen uit de lijst met doelgroepen, gescheiden door ';'."),
        ),
        Column(
            "factors",
            _("factoren"),
            False,
            _("Namen uit de lijst met factoren, gescheiden door ';'."),
        ),
        Column(
            "organisations",
            _("organisaties"),
            False,
            _(
                "Namen uit de lijst met organisaties, gescheiden door ';'. De rol volgt uit de "
                "soort organisatie; een nieuwe organisatie voeg je eerst in het beheer toe."
            ),
        ),
        Column(
            "tags",
            _("onderwerpen"),
            False,
            _(
                "Onderwerpen, gescheiden door ';'. Een Redacteur of Eindredacteur kan een nieuw "
                "onderwerp toevoegen; een Bijdrager kiest uit de bestaande."
            ),
        ),
        Column("start_year", _("startjaar"), False, _("Een jaartal, bijvoorbeeld 2021.")),
        Column(
            "evidence_level",
            _("onderbouwing"),
            False,
            _("Eén van: %(choices)s. Leeg: 'beschreven'.")
            % {"choices": _choices_text(EvidenceLevel.choices)},
        ),
        Column(
            "last_reviewed",
            _("laatst gecontroleerd"),
            False,
            _("Een datum als dd-mm-jjjj, bijvoorbeeld 15-03-2025. Niet bij een fictief voorbeeld."),
        ),
        Column(
            "is_fictional",
            _("fictief voorbeeld"),
            False,
            _("'ja' voor een verzonnen voorbeeld, anders 'nee' of leeg."),
        ),
        Column("contact_name", _("naam contactpersoon"), False, _("Maximaal 120 tekens.")),
        Column("contact_email", _("e-mailadres contactpersoon"), False, _("Een e-mailadres.")),
        Column(
            "contact_consent",
            _("toestemming contactgegevens tonen"),
            False,
            _("'ja' alleen als de contactpersoon schriftelijk heeft ingestemd."),
        ),
    ]


def example_row():
    """The template's one example row: plainly fictional, no real school or person."""
    return {
        "title": EXAMPLE_TITLE,
        "summary": "Fictief voorbeeld. Een jongerenwerker helpt twee middagen per week bij de "
        "huiswerkclub van een vmbo-school en praat daar met leerlingen over wat hen bezighoudt.",
        "goal": "Leerlingen voelen zich gezien en vallen minder vaak uit.",
        "approach": "De jongerenwerker en een mentor begeleiden samen de huiswerkclub.",
        "results": "",
        "lessons": "",
        "collaboration_type": str(CollaborationType.IN_SCHOOL.label),
        "stage": str(Stage.RUNNING.label),
        "municipality": "GM0855",
        "extra_municipalities": "",
        "school_types": "vmbo theoretische leerweg; havo",
        "target_groups": "",
        "factors": "",
        "organisations": "",
        "tags": "huiswerk; schooluitval",
        "start_year": "2024",
        "evidence_level": str(EvidenceLevel.DESCRIBED.label),
        "last_reviewed": "",
        "is_fictional": "ja",
        "contact_name": "",
        "contact_email": "",
        "contact_consent": "nee",
    }


# Reading the file -------------------------------------------------------------------


def max_bytes():
    return settings.PRACTICE_IMPORT_MAX_BYTES


def max_rows():
    return settings.PRACTICE_IMPORT_MAX_ROWS


def cell_text(value):
    """A cell as the text the row form reads: numbers without '.0', dates as ISO dates."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "ja" if value else "nee"
    if isinstance(value, datetime.datetime):
        return value.date().isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def read_csv(content):
    """Filled rows from CSV bytes: UTF-8 with or without BOM, ',' or ';' (Excel NL) or tab."""
    if content.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ImportFileError(encoding_message())
    if content.startswith(b"PK\x03\x04"):
        raise ImportFileError(
            _("Dit lijkt een Excel-bestand met de extensie .csv. Geef het de extensie .xlsx.")
        )
    if b"\x00" in content:
        raise ImportFileError(_("Dit is geen tekstbestand (CSV). Upload een CSV- of XLSX-bestand."))
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportFileError(encoding_message()) from error
    first_line = text.lstrip("\r\n").split("\n", 1)[0]
    delimiter = max((";", ",", "\t"), key=first_line.count)
    try:
        return filled_rows(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as error:
        raise ImportFileError(
            _("Het CSV-bestand kan niet worden gelezen (%(reason)s).") % {"reason": error}
        ) from error


def encoding_message():
    return _(
        "De tekens in dit CSV-bestand zijn niet als UTF-8 opgeslagen, zodat letters als "
        "'ë' of 'é' verkeerd zouden overkomen. Kies in Excel bij 'Opslaan als' het type "
        "'CSV UTF-8 (door komma's gescheiden)', of upload het bestand als .xlsx."
    )


def corrupt_xlsx_message():
    return _(
        "Dit Excel-bestand kan niet worden gelezen: het is beschadigd of geen echt "
        ".xlsx-bestand. Open het in Excel en sla het opnieuw op als 'Excel-werkmap (.xlsx)'."
    )


# Columns read from a worksheet, and empty rows after the last filled one that are still
# looked at: a sheet formatted down to row 1,048,576 is not read to its end.
MAX_COLUMNS = 60
BLANK_ROWS_TOLERATED = 1000


def filled_rows(rows):
    """[(row number, cell texts)] of the rows with any value, numbered as the spreadsheet
    numbers them; reading stops one filled row past the limit, so a too long file is
    recognised without reading all of it."""
    filled, blank_run = [], 0
    for number, values in enumerate(rows, start=1):
        cells = [cell_text(value) for value in values]
        if any(cells):
            filled.append((number, cells))
            blank_run = 0
            if len(filled) > max_rows() + 1:
                break
        else:
            blank_run += 1
            if blank_run > BLANK_ROWS_TOLERATED:
                break
    return filled


def read_xlsx(content):
    """Filled rows from the first worksheet of XLSX bytes."""
    from openpyxl import load_workbook

    if not content.startswith(b"PK\x03\x04"):
        raise ImportFileError(corrupt_xlsx_message())
    workbook = None
    try:
        workbook = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
        return filled_rows(workbook.worksheets[0].iter_rows(values_only=True, max_col=MAX_COLUMNS))
    # A damaged workbook fails in many ways inside zipfile, XML parsing and openpyxl
    # (BadZipFile, KeyError, ValueError, TypeError, parser errors); all mean the same here.
    except Exception as error:
        raise ImportFileError(corrupt_xlsx_message()) from error
    finally:
        if workbook is not None:
            workbook.close()


def read_table(name, content):
    """(header cells, [(row number, cells)]) from an uploaded file, or ImportFileError."""
    extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if extension not in ("csv", "xlsx"):
        if extension == "xls":
            raise ImportFileError(
                _("Oude Excel-bestanden (.xls) kunnen niet. Sla het bestand op als .xlsx.")
            )
        raise ImportFileError(_("Alleen CSV- en Excel-bestanden (.csv of .xlsx) kunnen."))
    if not content:
        raise ImportFileError(_("Het bestand is leeg."))
    if len(content) > max_bytes():
        raise ImportFileError(
            _("Het bestand is te groot: maximaal %(mb)s MB. Splits het in kleinere bestanden.")
            % {"mb": max_bytes() // (1024 * 1024)}
        )
    numbered = read_csv(content) if extension == "csv" else read_xlsx(content)
    if not numbered:
        raise ImportFileError(_("Het bestand is leeg."))
    (header_number, headers), *rows = numbered
    if header_number != 1:
        raise ImportFileError(
            _("De eerste rij moet de kopjes bevatten, zoals in het sjabloon. Rij 1 is leeg.")
        )
    if not rows:
        raise ImportFileError(_("Het bestand bevat alleen kopjes en nog geen praktijkvoorbeelden."))
    if len(rows) > max_rows():
        raise ImportFileError(
            _("Het bestand heeft meer dan %(max)s rijen. Splits het in kleinere bestanden.")
            % {"max": max_rows()}
        )
    return headers, rows


def header_key(text):
    return " ".join(text.replace("*", " ").casefold().split())


def map_headers(headers):
    """{column index: Column} for the file's header row, or ImportFileError naming what is
    unknown, doubled or missing."""
    by_header = {header_key(column.header): column for column in columns()}
    mapping, unknown, doubled = {}, [], []
    for index, header in enumerate(headers):
        if not header:
            continue
        column = by_header.get(header_key(header))
        if column is None:
            unknown.append(header)
        elif column in mapping.values():
            doubled.append(header)
        else:
            mapping[index] = column
    problems = []
    if unknown:
        problems.append(
            _("Onbekende kolommen: %(names)s.") % {"names": ", ".join(f"'{h}'" for h in unknown)}
        )
    if doubled:
        problems.append(
            _("Dubbele kolommen: %(names)s.") % {"names": ", ".join(f"'{h}'" for h in doubled)}
        )
    missing = [c.header for c in columns() if c.required and c not in mapping.values()]
    if missing:
        problems.append(
            _("Verplichte kolommen ontbreken: %(names)s.")
            % {"names": ", ".join(f"'{h}'" for h in missing)}
        )
    if problems:
        raise ImportFileError(
            " ".join([*problems, str(_("Gebruik de kopjes uit het sjabloon, in de eerste rij."))])
        )
    return mapping


# Validating a row ---------------------------------------------------------------------


def split_list(text):
    return [part.strip() for part in text.split(LIST_SEPARATOR) if part.strip()]


class Vocabulary:
    """The taxonomy loaded once per file, so validating a whole file costs a few queries."""

    def __init__(self, user=None):
        # Controlled topics: who may not add topics picks from the existing ones.
        self.topics = None
        if user is not None and not may_add_topics(user):
            self.topics = {name.casefold() for name in Tag.objects.values_list("name", flat=True)}
        self.municipalities = {}
        for municipality in Municipality.objects.all():
            self.municipalities.setdefault(municipality.code.casefold(), municipality)
            for name in (municipality.name, municipality.common_name, str(municipality)):
                if name:
                    self.municipalities.setdefault(name.casefold(), municipality)
        self.school_types = self._by_name(SchoolType.objects.all())
        self.target_groups = self._by_name(TargetGroup.objects.all())
        self.factors = self._by_name(Factor.objects.all())
        self.organisations = self._by_name(Organisation.objects.all())
        self.titles = {}
        for title in Practice.objects.values_list("title", flat=True):
            self.titles.setdefault(normalised(title), title)

    @staticmethod
    def _by_name(queryset):
        return {" ".join(item.name.casefold().split()): item for item in queryset}


class MunicipalityField(forms.CharField):
    def __init__(self, lookup, **kwargs):
        self.lookup = lookup
        super().__init__(**kwargs)

    def clean(self, value):
        value = super().clean(value)
        if not value:
            return None
        municipality = self.lookup.get(" ".join(value.casefold().split()))
        if municipality is None:
            raise ValidationError(
                _("Onbekende gemeente. Gebruik de naam of de CBS-code (bijvoorbeeld GM0855).")
            )
        return municipality


class NameListField(forms.CharField):
    """A ';'-separated list of names that must all be in ``lookup``."""

    def __init__(self, lookup, unknown_message, show_choices=False, **kwargs):
        self.lookup, self.unknown_message, self.show_choices = lookup, unknown_message, show_choices
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)

    def clean(self, value):
        value = super().clean(value)
        found, unknown = [], []
        for name in split_list(value):
            item = self.lookup.get(" ".join(name.casefold().split()))
            if item is None:
                unknown.append(name)
            elif item not in found:
                found.append(item)
        if unknown:
            message = self.unknown_message % {"names": ", ".join(f"'{n}'" for n in unknown)}
            if self.show_choices:
                message += " " + _("Kies uit: %(choices)s.") % {
                    "choices": ", ".join(str(item) for item in self.lookup.values())
                }
            raise ValidationError(message)
        return found


class LabelChoiceField(forms.CharField):
    """One of a TextChoices, written as its label ('in de school') or its value."""

    def __init__(self, choices, **kwargs):
        self.choices = choices
        super().__init__(**kwargs)

    def clean(self, value):
        value = super().clean(value)
        if not value:
            return ""
        key = " ".join(value.casefold().split())
        for stored, label in self.choices:
            if key in (stored.casefold(), str(label).casefold()):
                return stored
        raise ValidationError(
            _("Geen geldige keuze. Kies uit: %(choices)s.")
            % {"choices": _choices_text(self.choices)}
        )


class YesNoField(forms.CharField):
    YES = {"ja", "j", "yes", "y", "x", "1", "waar", "true"}
    NO = {"nee", "n", "no", "0", "onwaar", "false"}

    def __init__(self, **kwargs):
        super().__init__(required=False, **kwargs)

    def clean(self, value):
        key = (value or "").strip().casefold()
        if key in self.YES:
            return True
        if not key or key in self.NO:
            return False
        raise ValidationError(_("Schrijf 'ja' of 'nee'."))


class TagListField(forms.CharField):
    """Topics separated by ';'. ``known`` (casefolded names) is given when the importing
    user may not add topics: then a topic not on the list is an error, as in the form."""

    def __init__(self, known=None, **kwargs):
        super().__init__(required=False, **kwargs)
        self.known = known

    def clean(self, value):
        names = split_list(super().clean(value))
        max_length = Tag._meta.get_field("name").max_length
        too_long = [name for name in names if len(name) > max_length]
        if too_long:
            raise ValidationError(
                _("Een onderwerp is langer dan %(max)s tekens: '%(name)s'.")
                % {"max": max_length, "name": too_long[0][:40]}
            )
        if self.known is not None:
            unknown = [name for name in names if name.casefold() not in self.known]
            if unknown:
                raise ValidationError(
                    _(
                        "Dit onderwerp bestaat nog niet: %(names)s. Kies een bestaand "
                        "onderwerp; nieuwe onderwerpen voegt de redactie toe."
                    )
                    % {"names": ", ".join(unknown)}
                )
        return list(dict.fromkeys(names))


DATE_FORMATS = ["%d-%m-%Y", "%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y"]


class PracticeRowForm(forms.Form):
    """One spreadsheet row, checked as the admin form would check a practice."""

    def __init__(self, data, vocabulary):
        super().__init__(data)
        text = PlainTextField
        v = vocabulary
        self.fields.update(
            {
                "title": text(max_length=200),
                "summary": text(max_length=SUMMARY_MAX_LENGTH),
                "goal": text(max_length=4000),
                "approach": text(max_length=8000),
                "results": text(max_length=4000, required=False),
                "lessons": text(max_length=4000, required=False),
                "collaboration_type": LabelChoiceField(CollaborationType.choices),
                "stage": LabelChoiceField(Stage.choices),
                "municipality": MunicipalityField(v.municipalities),
                "extra_municipalities": NameListField(
                    v.municipalities,
                    gettext_lazy("Onbekende gemeente: %(names)s. Gebruik de naam of de CBS-code."),
                ),
                "school_types": NameListField(
                    v.school_types,
                    gettext_lazy("Onbekend schooltype: %(names)s."),
                    show_choices=True,
                ),
                "target_groups": NameListField(
                    v.target_groups,
                    gettext_lazy("Onbekende doelgroep: %(names)s."),
                    show_choices=True,
                ),
                "factors": NameListField(
                    v.factors,
                    gettext_lazy(
                        "Onbekende factor: %(names)s. Gebruik de naam uit de factorenlijst."
                    ),
                ),
                "organisations": NameListField(
                    v.organisations,
                    gettext_lazy(
                        "Onbekende organisatie: %(names)s. Voeg haar eerst toe in het beheer "
                        "(Organisaties) of controleer de schrijfwijze."
                    ),
                ),
                "tags": TagListField(known=v.topics),
                "start_year": forms.IntegerField(required=False, min_value=1950, max_value=2100),
                "evidence_level": LabelChoiceField(EvidenceLevel.choices, required=False),
                "last_reviewed": forms.DateField(required=False, input_formats=DATE_FORMATS),
                "is_fictional": YesNoField(),
                "contact_name": text(max_length=120, required=False),
                "contact_email": forms.EmailField(max_length=254, required=False),
                "contact_consent": YesNoField(),
            }
        )
        self.fields["start_year"].error_messages.update(
            invalid=_("Geen jaartal. Schrijf bijvoorbeeld 2021."),
            min_value=_("Een startjaar vanaf 1950."),
            max_value=_("Een startjaar tot en met 2100."),
        )
        self.fields["last_reviewed"].error_messages["invalid"] = _(
            "Geen geldige datum. Schrijf de datum als dd-mm-jjjj, bijvoorbeeld 15-03-2025."
        )
        self.fields["contact_email"].error_messages["invalid"] = _("Geen geldig e-mailadres.")
        for name, form_field in self.fields.items():
            form_field.error_messages["required"] = _("Verplicht; deze cel is leeg.")
            if getattr(form_field, "max_length", None) and name != "contact_email":
                form_field.error_messages["max_length"] = _(
                    "Te lang: %(length)s tekens, maximaal %(max)s."
                )

    def clean_last_reviewed(self):
        value = self.cleaned_data.get("last_reviewed")
        if value and value > datetime.date.today():
            raise ValidationError(_("Deze datum ligt in de toekomst."))
        return value


def _form_errors(form):
    """[(field name, message)]. Django names a length limit 'limit_value' and the length
    'show_value'; the row form's messages say 'max' and 'length'."""
    errors = []
    for name, error_list in form.errors.as_data().items():
        for error in error_list:
            params = dict(error.params or {})
            params.setdefault("max", params.get("limit_value", ""))
            params.setdefault("length", params.get("show_value", ""))
            message = error.message % params if params else error.message
            errors.append((name, str(message)))
    return errors


@dataclass
class RowError:
    column: str
    value: str
    message: str


@dataclass
class ImportRow:
    number: int
    values: dict
    cleaned: dict | None = None
    errors: list = field(default_factory=list)

    @property
    def ok(self):
        return not self.errors


@dataclass
class ImportCheck:
    """What a dry run found: a file-level error, or one result per row."""

    file_error: str = ""
    rows: list = field(default_factory=list)

    @property
    def ok(self):
        return not self.file_error and bool(self.rows) and all(row.ok for row in self.rows)

    @property
    def bad_rows(self):
        return [row for row in self.rows if not row.ok]


def check_file(name, content, user=None):
    """Read and validate an uploaded file without storing anything; ``user`` is who
    imports (a contributor may not add topics)."""
    try:
        headers, rows = read_table(name, content)
        mapping = map_headers(headers)
    except ImportFileError as error:
        return ImportCheck(file_error=str(error))
    vocabulary = Vocabulary(user)
    headers_by_key = {column.key: column.header for column in columns()}
    seen_titles = {}
    results = []
    for number, cells in rows:
        values = {column.key: "" for column in columns()}
        for index, column in mapping.items():
            values[column.key] = cells[index] if index < len(cells) else ""
        row = ImportRow(number=number, values=values)
        form = PracticeRowForm(values, vocabulary)
        valid = form.is_valid()
        for name, message in _form_errors(form):
            row.errors.append(RowError(headers_by_key.get(name, ""), values.get(name, ""), message))
        title_key = normalised(values["title"])
        if title_key:
            if title_key == normalised(EXAMPLE_TITLE):
                row.errors.append(
                    RowError(
                        headers_by_key["title"],
                        values["title"],
                        _("Dit is de voorbeeldregel uit het sjabloon. Verwijder deze rij."),
                    )
                )
            elif title_key in vocabulary.titles:
                row.errors.append(
                    RowError(
                        headers_by_key["title"],
                        values["title"],
                        _("Er bestaat al een praktijkvoorbeeld met deze titel: '%(title)s'.")
                        % {"title": vocabulary.titles[title_key]},
                    )
                )
            elif title_key in seen_titles:
                row.errors.append(
                    RowError(
                        headers_by_key["title"],
                        values["title"],
                        _("Dubbel in het bestand: dezelfde titel staat ook in rij %(row)s.")
                        % {"row": seen_titles[title_key]},
                    )
                )
            else:
                seen_titles[title_key] = number
        if valid:
            for name, message in _model_errors(form.cleaned_data):
                row.errors.append(
                    RowError(headers_by_key.get(name, ""), values.get(name, ""), message)
                )
        if row.ok:
            row.cleaned = form.cleaned_data
        results.append(row)
    return ImportCheck(rows=results)


def _model_errors(data):
    """The model's own rules (provenance, fictional examples) for a valid row."""
    practice = build_practice(data, slug="")
    try:
        practice.clean()
    except ValidationError as error:
        return [
            (name, str(message))
            for name, messages in error.message_dict.items()
            for message in messages
        ]
    return []


# Storing --------------------------------------------------------------------------


def build_practice(data, slug):
    """An unsaved Practice from a valid row (relations set on the cluster, not saved)."""
    practice = Practice(
        title=data["title"],
        slug=slug,
        summary=data["summary"],
        goal=plain_text_to_html(data["goal"]),
        approach=plain_text_to_html(data["approach"]),
        results=plain_text_to_html(data["results"]),
        lessons=plain_text_to_html(data["lessons"]),
        collaboration_type=data["collaboration_type"],
        stage=data["stage"],
        municipality=data["municipality"],
        start_year=data["start_year"],
        evidence_level=data["evidence_level"] or EvidenceLevel.DESCRIBED,
        last_reviewed=data["last_reviewed"],
        is_fictional=data["is_fictional"],
        contact_name=data["contact_name"],
        contact_email=data["contact_email"],
        contact_consent=data["contact_consent"],
        source=Source.EDITORS,
        provenance=Provenance.EDITORS,
        live=False,
    )
    practice.extra_municipalities = data["extra_municipalities"]
    practice.school_types = data["school_types"]
    practice.target_groups = data["target_groups"]
    practice.factors = data["factors"]
    practice.organisations = [
        PracticeOrganisation(organisation=organisation, role=organisation.kind)
        for organisation in data["organisations"]
    ]
    return practice


def unique_slug(title, taken_in_batch):
    base = slugify(title)[:80].strip("-") or "praktijkvoorbeeld"
    taken = set(Practice.objects.filter(slug__startswith=base).values_list("slug", flat=True))
    taken |= taken_in_batch
    slug, number = base, 2
    while slug in taken:
        slug, number = f"{base}-{number}", number + 1
    taken_in_batch.add(slug)
    return slug


def review_mail_collected():
    """True while an import puts its records into review: the shell's notifier then leaves
    out Wagtail's "submitted for review" mail per record, and the import sends the
    moderators one mail for the whole file instead of one per row."""
    return _collecting_review_mail.get()


def import_rows(check, user):
    """Create every row of a faultless check as a draft in review, all or nothing."""
    if not check.ok:
        raise ValueError("Only a check without errors can be imported.")
    created, slugs = [], set()
    token = _collecting_review_mail.set(True)
    # Wagtail's PostgreSQL search index refreshes a whole-table norm on every save, which
    # inside one long transaction grows with each row (200 rows: over a minute).
    index_token = search_index_deferred.set(True)
    try:
        with transaction.atomic():
            for row in check.rows:
                data = row.cleaned
                practice = build_practice(data, unique_slug(data["title"], slugs))
                practice.tags.add(*data["tags"])
                # Wagtail's own create action: saves, makes the first revision as this user
                # and logs "created" by them in the history.
                practice = CreateAction(practice, user=user).execute(skip_permission_checks=True)
                workflow = practice.get_workflow()
                if workflow is None:
                    logger.warning(
                        "Geen reviewworkflow voor praktijkvoorbeelden; import %s", practice.pk
                    )
                else:
                    workflow.start(practice, user=user)
                created.append(practice)
            pks = [practice.pk for practice in created]
            transaction.on_commit(partial(index_for_search, pks))
            transaction.on_commit(partial(send_review_mail, pks, user))
    finally:
        search_index_deferred.reset(index_token)
        _collecting_review_mail.reset(token)
    return created


def index_for_search(pks):
    """Add the imported practices to the search index, in one batch per backend."""
    practices = list(Practice.objects.filter(pk__in=pks))
    for backend in get_search_backends(with_auto_update=True):
        try:
            backend.add_bulk(Practice, practices)
        except Exception:
            # The practices are stored; `manage.py update_index` adds them later. The editor
            # must not see an error page for an import that succeeded.
            logger.exception("Zoekindex niet bijgewerkt na import van %s voorbeelden", len(pks))


def send_review_mail(pks, user):
    """One mail to the moderators of the review task about all imported practices, to the
    same people Wagtail's per-record mail would reach (their profile settings included)."""
    practices = list(Practice.objects.filter(pk__in=pks).order_by("title"))
    task_state = practices[0].current_workflow_task_state if practices else None
    if task_state is None:
        return
    notifier = GroupApprovalTaskStateSubmissionEmailNotifier()
    if not notifier.can_handle(task_state):
        return
    recipients = notifier.get_valid_recipients(task_state, user=user)
    if not recipients:
        return
    url = reverse("wagtailsnippets_practices_practice:list") + "?workflow_state=in_review"
    context = {
        "importer": user.get_full_name() or user.get_username(),
        "count": len(practices),
        "titles": [practice.title for practice in practices],
        "task": task_state.task.name,
        "url": (get_admin_base_url() or "") + url,
    }
    subject = _("%(count)s praktijkvoorbeelden geïmporteerd en ter beoordeling aangeboden") % {
        "count": len(practices)
    }
    body = render_to_string("practices/email/import_review.txt", context)
    messages = [
        (subject, body, settings.WAGTAILADMIN_NOTIFICATION_FROM_EMAIL, [recipient.email])
        for recipient in sorted(recipients, key=lambda recipient: recipient.pk)
    ]
    try:
        send_mass_mail(messages)
    except OSError:
        # The practices are stored and in review, and the dashboard lists them.
        logger.exception("Reviewbericht voor %s geïmporteerde voorbeelden niet verstuurd", len(pks))


def template_rows():
    """Header row and example row of the downloadable template."""
    example = example_row()
    return [column.header for column in columns()], [example[c.key] for c in columns()]


def template_xlsx():
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = _("Praktijkvoorbeelden")
    headers, example = template_rows()
    sheet.append(headers)
    sheet.append(example)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for index, header in enumerate(headers, start=1):
        sheet.column_dimensions[sheet.cell(row=1, column=index).column_letter].width = max(
            14, len(header) + 4
        )
    sheet.freeze_panes = "A2"
    help_sheet = workbook.create_sheet(_("Toelichting"))
    help_sheet.append([_("kolom"), _("verplicht"), _("toelichting")])
    for cell in help_sheet[1]:
        cell.font = Font(bold=True)
    for column in columns():
        help_sheet.append([column.header, _("ja") if column.required else _("nee"), column.help])
    help_sheet.column_dimensions["A"].width = 34
    help_sheet.column_dimensions["C"].width = 100
    output = io.BytesIO()
    workbook.save(output)
    return output.getvalue()


def template_csv():
    output = io.StringIO()
    writer = csv.writer(output, delimiter=";", lineterminator="\r\n")
    writer.writerows(template_rows())
    # With a BOM, so Excel opens the accents correctly.
    return "\ufeff" + output.getvalue()
