"""CSV and XLSX exports of a selection of published practices."""

import csv
import html
import re
from io import BytesIO

from django.http import HttpResponse, StreamingHttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from jos_portal.taxonomy.provenance import provenance_columns

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r", "\n")
EXPORT_CHUNK = 500

COLUMNS = [
    ("titel", lambda p, url: p.title),
    ("url", lambda p, url: url(p)),
    ("samenvatting", lambda p, url: p.summary),
    # get=get binds each column's own getter (a plain closure would see the last one).
    *((name, lambda p, url, get=get: get(p)) for name, get in provenance_columns()),
    ("gemeente", lambda p, url: p.municipality.name),
    ("gemeentecode", lambda p, url: p.municipality.code),
    ("provincie", lambda p, url: p.municipality.province.name),
    ("jeugdregio", lambda p, url: p.municipality.jeugdregio_name),
    ("andere gemeenten", lambda p, url: "; ".join(m.name for m in p.extra_municipalities.all())),
    ("schooltypen", lambda p, url: "; ".join(s.name for s in p.school_types.all())),
    ("doelgroepen", lambda p, url: "; ".join(t.name for t in p.target_groups.all())),
    ("soort samenwerking", lambda p, url: p.get_collaboration_type_display()),
    ("fase", lambda p, url: p.get_stage_display()),
    ("status", lambda p, url: p.get_status_display()),
    ("herkomst van de kennis", lambda p, url: p.public_evidence_level),
    ("erkenning", lambda p, url: p.get_recognition_display()),
    ("erkend sinds", lambda p, url: iso(p.recognition_date)),
    ("erkend tot", lambda p, url: iso(p.recognition_valid_until)),
    ("databank", lambda p, url: p.get_recognition_databank_display()),
    ("link naar de databank", lambda p, url: p.recognition_url),
    ("factoren", lambda p, url: "; ".join(f.name for f in p.factors.all())),
    ("onderwerpen", lambda p, url: "; ".join(t.name for t in p.tags.all())),
    (
        "organisaties",
        lambda p, url: "; ".join(
            f"{o.organisation.name} ({o.get_role_display()})" for o in p.organisations.all()
        ),
    ),
    ("startjaar", lambda p, url: p.start_year or ""),
    (
        "laatst gecontroleerd",
        lambda p, url: p.public_last_reviewed.isoformat() if p.public_last_reviewed else "",
    ),
    ("werkzame elementen", lambda p, url: p.working_elements_display),
    ("uren jongerenwerk per week", lambda p, url: number(p.youth_work_hours_per_week)),
    ("inzet van anderen", lambda p, url: p.other_staff_time),
    ("kosten per jaar vanaf (euro)", lambda p, url: number(p.cost_per_year_from)),
    ("kosten per jaar tot (euro)", lambda p, url: number(p.cost_per_year_to)),
    ("wat de kosten dekken", lambda p, url: p.costs_cover),
    ("financiering", lambda p, url: "; ".join(f.name for f in p.funding_sources.all())),
    ("duur in weken", lambda p, url: number(p.duration_weeks)),
    ("aantal bijeenkomsten", lambda p, url: number(p.sessions)),
    ("minuten per bijeenkomst", lambda p, url: number(p.session_minutes)),
    ("leeftijd vanaf", lambda p, url: number(p.age_from)),
    ("leeftijd tot en met", lambda p, url: number(p.age_to)),
    ("soort preventie", lambda p, url: p.get_prevention_level_display()),
    ("voor wie precies", lambda p, url: p.inclusion_criteria),
    ("onderzoek", lambda p, url: p.evaluations_display),
    # Only with the owner's consent, like the contact person (who is never exported).
    ("eigenaar", lambda p, url: p.owner_display),
    ("doel", lambda p, url: plain_text(p.goal)),
    ("aanpak", lambda p, url: plain_text(p.approach)),
]


TAG = re.compile(r"<[^>]*>")


def iso(date):
    return date.isoformat() if date else ""


def number(value):
    """A number cell (None: empty); a whole decimal as an int so spreadsheets add it up."""
    if value is None:
        return ""
    if hasattr(value, "to_integral_value") and value == value.to_integral_value():
        return int(value)
    return float(value) if hasattr(value, "to_integral_value") else value


def plain_text(rich_text):
    """Rich text as one line of plain text for a spreadsheet cell (not for HTML output:
    Django's strip_tags is the safe choice there, and ten times slower)."""
    return " ".join(html.unescape(TAG.sub(" ", rich_text)).split())


def export_queryset(queryset):
    return queryset.select_related("municipality__province").prefetch_related(
        "extra_municipalities",
        "school_types",
        "target_groups",
        "factors",
        "tags",
        "organisations__organisation",
        "working_elements",
        "evaluations",
        "funding_sources",
    )


def neutralise(value):
    """Make a cell inert in spreadsheet programs (CSV/formula injection)."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def rows(queryset, url):
    yield [name for name, _get in COLUMNS]
    for practice in export_queryset(queryset).iterator(chunk_size=EXPORT_CHUNK):
        yield [neutralise(get(practice, url)) for _name, get in COLUMNS]


def filename(extension):
    return f"praktijkvoorbeelden-{timezone.localdate().isoformat()}.{extension}"


class _Echo:
    def write(self, value):
        return value


def csv_response(queryset, url):
    """UTF-8 with BOM so Excel reads the accents; streamed row by row."""
    writer = csv.writer(_Echo(), delimiter=";")

    def stream():
        yield "\ufeff"
        for row in rows(queryset, url):
            yield writer.writerow(row)

    response = StreamingHttpResponse(stream(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename("csv")}"'
    return response


def xlsx_response(queryset, url, title):
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(_("Praktijkvoorbeelden"))
    for row in rows(queryset, url):
        sheet.append(row)
    workbook.properties.title = title
    workbook.properties.creator = "JOS kennisportaal"
    buffer = BytesIO()
    workbook.save(buffer)
    response = HttpResponse(
        buffer.getvalue(),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = f'attachment; filename="{filename("xlsx")}"'
    return response
