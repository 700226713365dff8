import factory

from publications.models import Author, Chapter, Publication


class PublicationFactory(factory.django.DjangoModelFactory):
    """A publication; published unless live=False.

    authors=[Author(...)] (default: one person), chapters=[(title, [factor, ...]), ...].
    """

    class Meta:
        model = Publication
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Publicatie {n}")
    slug = factory.Sequence(lambda n: f"publicatie-{n}")
    kind = "onderzoeksrapport"
    year = 2020
    publisher = "Platform JEP"
    summary = "<p>Samenvatting.</p>"

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        authors = kwargs.pop("authors", None) or [
            Author(given_names="Paul", family_name="Mutsaers", affiliation="Fontys Hogeschool")
        ]
        chapters = kwargs.pop("chapters", [])
        tags = kwargs.pop("tags", [])
        live = kwargs.pop("live", True)
        publication = model_class(*args, live=False, **kwargs)
        publication.authors = authors
        built = []
        for number, (title, factors) in enumerate(chapters, start=1):
            chapter = Chapter(number=str(number), title=title)
            chapter.factors = factors
            built.append(chapter)
        publication.chapters = built
        publication.save()
        if tags:
            publication.tags.add(*tags)
            publication.save()
        revision = publication.save_revision()
        if live:
            revision.publish()
            publication.refresh_from_db()
        return publication
