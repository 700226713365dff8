"""Demo practice examples (texts in practices/demo_content.py): fictional examples with
invented schools, organisations and people; a municipality is only their location."""

from django.utils.html import escape
from django.utils.text import slugify

from jos_portal.taxonomy.models import Factor, Municipality, Organisation, SchoolType, TargetGroup

from .demo_content import PRACTICES
from .models import Practice, PracticeOrganisation


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
        practice.school_types = [school_types[n] for n in spec["school_types"]]
        practice.target_groups = [target_groups[n] for n in spec["target_groups"]]
        practice.factors = [factors[n] for n in spec["factors"] if n in factors]
        practice.organisations = [
            PracticeOrganisation(organisation=_organisation(name, kind), role=role)
            for name, kind, role, _code in spec["organisations"]
        ]
        practice.save()
        practice.tags.add(*spec["tags"])
        practice.save()
        revision = practice.save_revision()
        if spec["live"]:
            revision.publish()
    return len(todo)
