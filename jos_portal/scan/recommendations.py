"""What to read next for each factor that needs attention.

Per factor: its "wat kun je doen" text, published practice examples that show it, and
the findings of published werkplaats sessions and chapters of published publications
about it. Practice examples that fit the user come first: same school type, then the
region (same municipality, then same province, then the rest), then the same stage,
then the newest. One query for the factors, one per attention factor (at most
scoring.MAX_ATTENTION) for the practices, one for findings, one for chapters.
"""

from django.db.models import BooleanField, Case, Exists, OuterRef, Value, When

from jos_portal.taxonomy.models import Factor
from practices.models import Practice
from publications.models import Chapter
from workshops.models import Finding

PRACTICES_PER_FACTOR = 3
FINDINGS_PER_FACTOR = 3
CHAPTERS_PER_FACTOR = 3


def practices_for(factor_id, school_type=None, municipality=None, stage=""):
    """Published practices showing the factor, the best fitting first."""
    practices = (
        Practice.objects.published()
        .filter(factors=factor_id)
        .select_related("municipality__province")
    )
    ordering = []
    if school_type is not None:
        practices = practices.annotate(
            same_school_type=Exists(
                Practice.school_types.through.objects.filter(
                    practice_id=OuterRef("pk"), schooltype_id=school_type.pk
                )
            )
        )
        ordering.append("-same_school_type")
    if municipality is not None:
        coverage = Practice.coverage.through.objects.filter(practice_id=OuterRef("pk"))
        practices = practices.annotate(
            same_municipality=Exists(coverage.filter(municipality_id=municipality.pk)),
            same_province=Exists(
                coverage.filter(municipality__province_id=municipality.province_id)
            ),
        )
        ordering += ["-same_municipality", "-same_province"]
    if stage:
        practices = practices.annotate(
            same_stage=Case(
                When(stage=stage, then=Value(True)),
                default=Value(False),
                output_field=BooleanField(),
            )
        )
        ordering.append("-same_stage")
    return practices.order_by(*ordering, "-first_published_at", "title")[:PRACTICES_PER_FACTOR]


def for_factors(factor_ids, school_type=None, municipality=None, stage=""):
    """{factor id: {"factor", "practices", "findings", "chapters"}} in a fixed number of
    queries; factors that no longer exist are left out."""
    if not factor_ids:
        return {}
    factors = Factor.objects.in_bulk(factor_ids)
    advice = {
        pk: {"factor": factors[pk], "practices": [], "findings": [], "chapters": []}
        for pk in factor_ids
        if pk in factors
    }
    if not advice:
        return {}
    for pk, item in advice.items():
        item["practices"] = list(practices_for(pk, school_type, municipality, stage))
    findings = (
        Finding.objects.filter(factor_id__in=advice, session__live=True)
        .select_related("session__workplace")
        .order_by("-session__date", "session__title", "sort_order")
    )
    for finding in findings:
        bucket = advice[finding.factor_id]["findings"]
        if len(bucket) < FINDINGS_PER_FACTOR:
            bucket.append(finding)
    links = (
        Chapter.factors.through.objects.filter(
            factor_id__in=advice, chapter__publication__live=True
        )
        .select_related("chapter__publication")
        .order_by(
            "-chapter__publication__year", "chapter__publication__title", "chapter__sort_order"
        )
    )
    for link in links:
        bucket = advice[link.factor_id]["chapters"]
        if len(bucket) < CHAPTERS_PER_FACTOR:
            bucket.append(link.chapter)
    return advice
