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
