import datetime
from decimal import Decimal

import factory

from jos_portal.taxonomy.models import Municipality
from practices.models import Practice


class PracticeFactory(factory.django.DjangoModelFactory):
    """A practice; published unless live=False. Relations as keyword lists:
    school_types=[...], factors=[...], tags=["a"], extra_municipalities=[...]."""

    class Meta:
        model = Practice
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Praktijkvoorbeeld {n}")
    slug = factory.Sequence(lambda n: f"praktijkvoorbeeld-{n}")
    summary = "Een school en het jongerenwerk werken samen."
    goal = "<p>Doel.</p>"
    approach = "<p>Aanpak.</p>"
    collaboration_type = "in-de-school"
    stage = "lopend"
    municipality = factory.LazyFunction(lambda: Municipality.objects.get(code="GM0855"))
    live = True

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        relations = {
            name: kwargs.pop(name, [])
            for name in ("school_types", "target_groups", "factors", "extra_municipalities")
        }
        tags = kwargs.pop("tags", [])
        live = kwargs.pop("live", True)
        practice = model_class(*args, live=False, **kwargs)
        for name, values in relations.items():
            setattr(practice, name, values)
        practice.save()
        if tags:
            practice.tags.add(*tags)
            practice.save()
        revision = practice.save_revision()
        if live:
            revision.publish()
            practice.refresh_from_db()
        return practice


DATABANK_FIELDS = {
    "recognition": "goed-beschreven",
    "recognition_date": datetime.date(2024, 3, 1),
    "recognition_valid_until": datetime.date(2029, 3, 1),
    "recognition_databank": "movisie",
    "recognition_url": "https://example.org/databank/fictieve-aanpak",
    "youth_work_hours_per_week": Decimal("12.5"),
    "other_staff_time": "mentor 1 uur per week",
    "cost_per_year_from": 8000,
    "cost_per_year_to": 15000,
    "costs_cover": "uren jongerenwerk en materiaal",
    "duration_weeks": 10,
    "sessions": 8,
    "session_minutes": 50,
    "age_from": 12,
    "age_to": 16,
    "prevention_level": "universeel",
    "inclusion_criteria": "Alle leerlingen van de brugklas.",
    "owner_name": "Fictieve Eigenaar",
    "owner_organisation": "Voorbeeldstichting",
    "owner_contact": "training@example.org",
    "owner_consent": True,
}


def databank_practice(
    funding=("gemeente",),
    elements=("Vaste jongerenwerker",),
    factor=None,
    evaluations=(("procesevaluatie", 2023),),
    **kwargs,
):
    """A published practice with every databank section filled (all values fictional)."""
    from practices.models import FundingSource, PracticeEvaluation, PracticeWorkingElement

    practice = PracticeFactory(**{**DATABANK_FIELDS, **kwargs})
    practice.funding_sources.set(FundingSource.objects.filter(slug__in=funding))
    for i, text in enumerate(elements):
        PracticeWorkingElement.objects.create(
            practice=practice, text=text, factor=factor, sort_order=i
        )
    for i, (design, year) in enumerate(evaluations):
        PracticeEvaluation.objects.create(
            practice=practice,
            design=design,
            year=year,
            conducted_by="Fictief onderzoeksbureau",
            title=f"Evaluatie {year}",
            url="https://example.org/rapport",
            sort_order=i,
        )
    # The live row holds it all; a fresh revision keeps the admin's draft in step.
    if practice.live:
        practice.save_revision().publish()
    return practice
