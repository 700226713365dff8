import factory

from jos_portal.taxonomy.models import Factor, Municipality, Organisation, SchoolType


class FactorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Factor
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Factor {n}")
    kind = Factor.Kind.SUCCESS
    description = "<p>Een beschrijving.</p>"


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Organisatie {n}")
    kind = Organisation.Kind.SCHOOL
    municipality = factory.LazyFunction(lambda: Municipality.objects.get(code="GM0855"))


class SchoolTypeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SchoolType
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Schooltype {n}")
    sector = SchoolType.Sector.VO
