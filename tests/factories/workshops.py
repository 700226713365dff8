import datetime

import factory

from jos_portal.taxonomy.models import Municipality
from workshops.models import Finding, Session, Workplace


class WorkplaceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Workplace
        django_get_or_create = ("slug",)

    name = factory.Sequence(lambda n: f"Werkplaats {n}")
    slug = factory.Sequence(lambda n: f"werkplaats-{n}")
    municipality = factory.LazyFunction(lambda: Municipality.objects.get(code="GM0855"))
    research_question = "Wat werkt?"
    start_date = datetime.date(2019, 1, 1)
    description = "<p>Beschrijving.</p>"


class SessionFactory(factory.django.DjangoModelFactory):
    """A session; published unless live=False. findings=[(factor, strength), ...]."""

    class Meta:
        model = Session
        skip_postgeneration_save = True

    workplace = factory.SubFactory(WorkplaceFactory)
    date = datetime.date(2020, 3, 1)
    title = factory.Sequence(lambda n: f"Sessie {n}")
    slug = factory.Sequence(lambda n: f"sessie-{n}")
    format = "bijeenkomst"
    summary = "<p>Samenvatting.</p>"

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        findings = kwargs.pop("findings", [])
        live = kwargs.pop("live", True)
        session = model_class(*args, live=False, **kwargs)
        session.findings = [
            Finding(factor=factor, strength=strength, observation=f"<p>Over {factor.name}.</p>")
            for factor, strength in findings
        ]
        session.save()
        revision = session.save_revision()
        if live:
            revision.publish()
            session.refresh_from_db()
        return session
