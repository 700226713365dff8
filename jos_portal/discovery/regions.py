"""Regions: practice examples, werkplaatsen and sessions per province and municipality.

Counts are aggregate queries over the derived coverage of practices (main plus extra
municipalities), so a regional practice counts in every province it covers, once.
"""

from math import ceil, sqrt

from django.db.models import Count

from practices.models import Practice
from workshops.models import Session, Workplace

Coverage = Practice.coverage.through
LEVELS = 4

# A simplified tile map of the provinces (x, y, width, height in a 300 x 360 box),
# placed roughly where they lie: a cartogram, not a survey map.
TILES = {
    "PV20": (200, 10, 90, 60),  # Groningen
    "PV21": (100, 10, 95, 60),  # Fryslân
    "PV22": (200, 75, 90, 60),  # Drenthe
    "PV27": (10, 40, 85, 110),  # Noord-Holland
    "PV24": (100, 75, 95, 60),  # Flevoland
    "PV23": (200, 140, 90, 70),  # Overijssel
    "PV26": (100, 140, 95, 70),  # Utrecht
    "PV28": (10, 155, 85, 125),  # Zuid-Holland
    "PV25": (100, 215, 190, 65),  # Gelderland
    "PV29": (10, 285, 60, 65),  # Zeeland
    "PV30": (75, 285, 145, 65),  # Noord-Brabant
    "PV31": (225, 285, 65, 70),  # Limburg
}
MAP_WIDTH, MAP_HEIGHT = 300, 360


def level(count, maximum):
    """Shade 0-4 relative to the province with most practices, on a square-root scale so
    one busy province does not leave all others in the lightest shade."""
    if not count or not maximum:
        return 0
    return max(1, min(LEVELS, ceil(LEVELS * sqrt(count / maximum))))


def practice_counts_by_province():
    """{province id: published practices covering it}; one query."""
    rows = (
        Coverage.objects.filter(practice__live=True)
        .order_by()
        .values("municipality__province_id")
        .annotate(n=Count("practice_id", distinct=True))
    )
    return {r["municipality__province_id"]: r["n"] for r in rows}


def workplace_counts_by_province():
    rows = (
        Workplace.objects.order_by()
        .values("municipality__province_id")
        .annotate(n=Count("pk", distinct=True))
    )
    return {r["municipality__province_id"]: r["n"] for r in rows}


def session_counts_by_province():
    rows = (
        Session.objects.published()
        .order_by()
        .values("workplace__municipality__province_id")
        .annotate(n=Count("pk", distinct=True))
    )
    return {r["workplace__municipality__province_id"]: r["n"] for r in rows}


def practice_counts_by_municipality(province):
    """{municipality id: published practices covering it} within one province; one query."""
    rows = (
        Coverage.objects.filter(practice__live=True, municipality__province=province)
        .order_by()
        .values("municipality_id")
        .annotate(n=Count("practice_id", distinct=True))
    )
    return {r["municipality_id"]: r["n"] for r in rows}


def province_rows(provinces):
    """The map and table data: one row per province with counts, shade and tile."""
    practices = practice_counts_by_province()
    workplaces = workplace_counts_by_province()
    sessions = session_counts_by_province()
    maximum = max(practices.values(), default=0)
    rows = []
    for province in provinces:
        n = practices.get(province.pk, 0)
        x, y, w, h = TILES.get(province.code, (0, 0, 0, 0))
        rows.append(
            {
                "province": province,
                "practices": n,
                "workplaces": workplaces.get(province.pk, 0),
                "sessions": sessions.get(province.pk, 0),
                "level": level(n, maximum),
                "tile": {
                    "x": x,
                    "y": y,
                    "w": w,
                    "h": h,
                    "cx": x + w // 2,
                    "ly": y + h // 2 - 2,
                    "ny": y + h // 2 + 14,
                },
            }
        )
    return rows


def source_years(municipalities):
    """The years of the CBS tables the given municipalities come from, oldest first."""
    years = municipalities.exclude(source_year=None).order_by().values_list("source_year")
    return sorted({year for (year,) in years.distinct()})
