"""Demo werkplaatsen (texts in workshops/demo_content.py): the real werkplaatsen Tilburg
and Utrecht with their public source, and the fictional Voorbeeldwerkplaats that holds the
illustrative sessions, findings and quotes."""

from datetime import date

from django.utils.html import escape
from django.utils.text import slugify

from jos_portal.taxonomy.models import Factor, Municipality, Organisation

from .demo_content import SESSIONS, SOURCE_CHECKED, WORKPLACES
from .models import Finding, Session, Workplace, WorkplacePartner


def html(paragraphs):
    return "".join(f"<p>{escape(p)}</p>" for p in paragraphs)


def load():
    """Create the workplaces and sessions that do not exist yet; returns how many."""
    created = 0
    workplaces = {}
    for spec in WORKPLACES:
        workplace = Workplace.objects.filter(slug=spec["slug"]).first()
        if workplace is None:
            municipality = Municipality.objects.get(code=spec["municipality"])
            fictional = spec.get("is_fictional", False)
            workplace = Workplace(
                name=spec["name"],
                slug=spec["slug"],
                municipality=municipality,
                research_question=spec["research_question"],
                start_date=date.fromisoformat(spec["start"]),
                end_date=date.fromisoformat(spec["end"]) if spec.get("end") else None,
                description=html(spec["description"]),
                is_fictional=fictional,
                provenance="redactie" if fictional else "bron",
                source_url=spec.get("source_url", ""),
                source_checked=None if fictional else date.fromisoformat(SOURCE_CHECKED),
            )
            partners = []
            for name, kind, role in spec["partners"]:
                organisation, _ = Organisation.objects.get_or_create(
                    name=name,
                    defaults={
                        "kind": kind,
                        # An invented organisation gets no real place of business.
                        "municipality": None if fictional else municipality,
                        "slug": slugify(name),
                    },
                )
                partners.append(WorkplacePartner(organisation=organisation, role=role))
            workplace.partners = partners
            workplace.save()
            workplace.tags.add(*spec["tags"])
            workplace.save()
            created += 1
        workplaces[spec["slug"]] = workplace

    factors = {f.name: f for f in Factor.objects.all()}
    for spec in SESSIONS:
        workplace = workplaces[spec["workplace"]]
        if Session.objects.filter(workplace=workplace, slug=spec["slug"]).exists():
            continue
        session = Session(
            workplace=workplace,
            date=date.fromisoformat(spec["date"]),
            title=spec["title"],
            slug=spec["slug"],
            format=spec["format"],
            summary=html(spec["summary"]),
            live=False,
            is_fictional=workplace.is_fictional,
            **spec["participants"],
        )
        session.findings = [
            Finding(
                factor=factors[item["factor"]],
                observation=html([item["observation"]]),
                quote=item.get("quote", ""),
                strength=item["strength"],
            )
            for item in spec["findings"]
            if item["factor"] in factors
        ]
        session.save()
        session.tags.add(*spec["tags"])
        session.save()
        revision = session.save_revision()
        if spec["live"]:
            revision.publish()
        created += 1
    return created
