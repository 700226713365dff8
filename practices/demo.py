"""Demo practice examples (texts in practices/demo_content.py): fictional examples with
invented schools, organisations and people; a municipality is only their location."""

from django.utils.html import escape
from django.utils.text import slugify

from jos_portal.taxonomy.models import Factor, Municipality, Organisation, SchoolType, TargetGroup

from .demo_content import DATABANK, PRACTICES
from .models import (
    EvidenceLevel,
    FundingSource,
    Practice,
    PracticeEvaluation,
    PracticeOrganisation,
    PracticeWorkingElement,
)


def html(paragraphs):
    return "".join(f"<p>{escape(p)}</p>" for p in paragraphs)


def _organisation(name, kind):
    # Invented organisations get no real place of business.
    organisation, _ = Organisation.objects.get_or_create(
        name=name, defaults={"kind": kind, "slug": slugify(name)[:100]}
    )
    return organisation


def load():
    """Create the demo practices that do not exist yet (matched on slug)."""
    existing = set(Practice.objects.values_list("slug", flat=True))
    todo = [spec for spec in PRACTICES if spec["slug"] not in existing]
    if not todo:
        return 0
    municipalities = Municipality.objects.in_bulk(field_name="code")
    school_types = {s.name: s for s in SchoolType.objects.all()}
    target_groups = {t.name: t for t in TargetGroup.objects.all()}
    factors = {f.name: f for f in Factor.objects.all()}
    for spec in todo:
        contact = spec.get("contact", {})
        practice = Practice(
            title=spec["title"],
            slug=spec["slug"],
            summary=spec["summary"],
            goal=html(spec["goal"]),
            approach=html(spec["approach"]),
            results=html(spec["results"]),
            lessons=html(spec["lessons"]),
            collaboration_type=spec["collaboration_type"],
            stage=spec["stage"],
            evidence_level=spec["evidence_level"],
            municipality=municipalities[spec["municipality"]],
            start_year=spec.get("start_year"),
            provenance="redactie",
            is_fictional=True,
            contact_name=contact.get("name", ""),
            contact_role=contact.get("role", ""),
            contact_organisation=contact.get("organisation", ""),
            contact_email=contact.get("email", ""),
            contact_phone=contact.get("phone", ""),
            contact_consent=contact.get("consent", False),
            live=False,
        )
        practice.extra_municipalities = [municipalities[c] for c in spec["extra_municipalities"]]
        details = DATABANK.get(spec["slug"], {})
        practice.school_types = [
            school_types[n] for n in [*spec["school_types"], *details.get("extra_school_types", [])]
        ]
        practice.target_groups = [target_groups[n] for n in spec["target_groups"]]
        practice.factors = [factors[n] for n in spec["factors"] if n in factors]
        practice.organisations = [
            PracticeOrganisation(organisation=_organisation(name, kind), role=role)
            for name, kind, role, _code in spec["organisations"]
        ]
        _databank_details(practice, details, factors)
        practice.save()
        practice.tags.add(*spec["tags"])
        practice.save()
        revision = practice.save_revision()
        if spec["live"]:
            revision.publish()
    return len(todo)


PLAIN_FIELDS = (
    "youth_work_hours_per_week",
    "other_staff_time",
    "cost_per_year_from",
    "cost_per_year_to",
    "costs_cover",
    "duration_weeks",
    "sessions",
    "session_minutes",
    "age_from",
    "age_to",
    "prevention_level",
    "inclusion_criteria",
)


def _databank_details(practice, details, factors):
    """Set the invented databank details of one demo practice (see DATABANK)."""
    for name in PLAIN_FIELDS:
        if name in details:
            setattr(practice, name, details[name])
    practice.funding_sources = list(
        FundingSource.objects.filter(slug__in=details.get("funding_sources", []))
    )
    practice.working_elements = [
        PracticeWorkingElement(text=text, factor=factors.get(factor))
        for text, factor in details.get("working_elements", [])
    ]
    evaluations = [PracticeEvaluation(**spec) for spec in details.get("evaluations", [])]
    practice.evaluations = evaluations
    if evaluations:
        practice.evidence_level = EvidenceLevel.EVALUATED
    if "owner" in details:
        name, organisation, contact = details["owner"]
        practice.owner_name = name
        practice.owner_organisation = organisation
        practice.owner_contact = contact
        practice.owner_consent = True
