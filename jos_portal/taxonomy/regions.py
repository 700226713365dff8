"""Read the CBS table 'Gebieden in Nederland' and write provinces and municipalities.

Used by the data migration (with historical models) and by ``manage.py import_regions``.
CBS exports the table with padded codes ("GM0855    "), as comma or semicolon separated
text and with slightly different column titles per year and per export route; the
header aliases below cover the titles of the StatLine CSV export and of this project's
own file in ``data/gemeenten.csv``.
"""

import csv
import io
import re
from dataclasses import dataclass, field

from django.utils.text import slugify

DATA_FILE = "gemeenten.csv"

# CBS province codes and names (PV20-PV31).
PROVINCES = {
    "PV20": "Groningen",
    "PV21": "Fryslân",
    "PV22": "Drenthe",
    "PV23": "Overijssel",
    "PV24": "Flevoland",
    "PV25": "Gelderland",
    "PV26": "Utrecht",
    "PV27": "Noord-Holland",
    "PV28": "Zuid-Holland",
    "PV29": "Zeeland",
    "PV30": "Noord-Brabant",
    "PV31": "Limburg",
}

# Field -> accepted column titles, compared lower-case with everything but letters and
# digits removed ("Gemeentecode (GM)" -> "gemeentecodegm").
HEADER_ALIASES = {
    "code": {"gemeentecodegm", "gemeentecode", "codegm", "gemeentencode"},
    "name": {"gemeentenaam", "gemeentennaam", "naamgemeente"},
    "province_code": {"provinciecodepv", "provinciecode", "codepv", "provinciencode"},
    "province_name": {"provincienaam", "provinciennaam", "naamprovincie"},
    "jeugdregio_code": {"jeugdregiocode", "jeugdregiocodejz", "jeugdzorgregiocode"},
    "jeugdregio_name": {"jeugdregio", "jeugdregionaam", "jeugdzorgregio", "jeugdzorgregionaam"},
    "ggd_code": {"ggdregiocode", "ggdregiocodegg"},
    "ggd_name": {"ggdregio", "ggdregionaam"},
    "corop_code": {"coropcode", "coropgebiedcode", "coropcodecr"},
    "corop_name": {"corop", "coropgebied", "coropnaam", "coropgebiedennaam"},
    "veiligheidsregio_code": {"veiligheidsregiocode", "veiligheidsregiocodevr"},
    "veiligheidsregio_name": {"veiligheidsregio", "veiligheidsregionaam"},
}
REQUIRED = ("code", "name", "province_code")
CODE_PATTERNS = {
    "code": re.compile(r"^GM\d{4}$"),
    "province_code": re.compile(r"^PV(2\d|3[01])$"),
    "jeugdregio_code": re.compile(r"^JZ\d{2}$"),
    "ggd_code": re.compile(r"^GG\d{4}$"),
    "corop_code": re.compile(r"^CR\d{2}$"),
    "veiligheidsregio_code": re.compile(r"^VR\d{2}$"),
}
OPTIONAL_FIELDS = [f for f in HEADER_ALIASES if f not in {"code", "name", "province_code"}]
REGION_FIELDS = [f for f in OPTIONAL_FIELDS if f != "province_name"]


class RegionFileError(ValueError):
    """The file cannot be used; ``errors`` lists what is wrong, by line."""

    def __init__(self, errors):
        self.errors = errors
        super().__init__("\n".join(errors))


@dataclass
class ParsedFile:
    rows: list = field(default_factory=list)
    columns: set = field(default_factory=set)


def _normalise(title):
    return re.sub(r"[^a-z0-9]", "", title.lower())


def parse(text):
    """Parse CSV text into validated row dicts; raise RegionFileError listing every bad row."""
    text = text.lstrip("\ufeff")
    if not text.strip():
        raise RegionFileError(["Het bestand is leeg."])
    try:
        dialect = csv.Sniffer().sniff(text.splitlines()[0], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text), dialect)
    header = next(reader)
    columns = {}
    for index, title in enumerate(header):
        key = _normalise(title)
        for field_name, aliases in HEADER_ALIASES.items():
            if key in aliases and field_name not in columns:
                columns[field_name] = index
    missing = [f for f in REQUIRED if f not in columns]
    if missing:
        raise RegionFileError(
            [f"Regel 1: kolom ontbreekt of heeft een onbekende titel: {', '.join(missing)}."]
        )

    parsed = ParsedFile(columns=set(columns))
    errors = []
    seen_codes = {}
    for line_number, values in enumerate(reader, start=2):
        if not any(v.strip() for v in values):
            continue
        row = {}
        for field_name, index in columns.items():
            row[field_name] = values[index].strip() if index < len(values) else ""
        problems = []
        for field_name in REQUIRED:
            if not row[field_name]:
                problems.append(f"{field_name} is leeg")
        for field_name, pattern in CODE_PATTERNS.items():
            value = row.get(field_name, "")
            if value and not pattern.match(value):
                problems.append(f"{field_name} '{value[:20]}' heeft niet de CBS-vorm")
        if row["code"] in seen_codes:
            problems.append(
                f"gemeentecode {row['code']} staat ook op regel {seen_codes[row['code']]}"
            )
        if len(row["name"]) > 100:
            problems.append("gemeentenaam is langer dan 100 tekens")
        if problems:
            errors.append(f"Regel {line_number}: " + "; ".join(problems) + ".")
        else:
            seen_codes[row["code"]] = line_number
            parsed.rows.append(row)
    if errors:
        raise RegionFileError(errors)
    if not parsed.rows:
        raise RegionFileError(["Het bestand bevat geen gemeenten."])
    return parsed


def unique_slug(name, code, taken):
    slug = slugify(name)[:90] or code.lower()
    if slug in taken:
        slug = f"{slug}-{code.lower()}"
    taken.add(slug)
    return slug


def apply(parsed, province_model, municipality_model, year=None):
    """Create or update provinces and municipalities from a parsed file; ``year`` is the
    year of the CBS table, stored per municipality as its source (None: left alone).

    Returns counts (created, updated, unchanged). Municipalities that are not in the file
    are kept: records elsewhere may point at them, and mergers are a decision for editors.
    Columns absent from the file leave the stored values alone.
    """
    provinces = {}
    for code, name in PROVINCES.items():
        province, _ = province_model.objects.get_or_create(
            code=code, defaults={"name": name, "slug": slugify(name)}
        )
        provinces[code] = province

    existing = {m.code: m for m in municipality_model.objects.all()}
    taken_slugs = {m.slug for m in existing.values()}
    counts = {"created": 0, "updated": 0, "unchanged": 0}
    for row in parsed.rows:
        values = {"name": row["name"], "province_id": provinces[row["province_code"]].pk}
        if year is not None:
            values["source_year"] = year
        for field_name in REGION_FIELDS:
            if field_name in parsed.columns:
                values[field_name] = row[field_name]
        municipality = existing.get(row["code"])
        if municipality is None:
            municipality = municipality_model(code=row["code"], **values)
            municipality.slug = unique_slug(row["name"], row["code"], taken_slugs)
            municipality.save()
            counts["created"] += 1
            continue
        changed = [k for k, v in values.items() if getattr(municipality, k) != v]
        if changed:
            for k in changed:
                setattr(municipality, k, values[k])
            municipality.save(update_fields=changed)
            counts["updated"] += 1
        else:
            counts["unchanged"] += 1
    return counts
