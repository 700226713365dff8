import datetime

from wagtail.models import Page, Site

import factory

from jos_portal.core.models import HomePage
from jos_portal.stories.models import StoryIndexPage, StoryPage, Tip


def site_home():
    """A home page as the default site's root, like the demo sets it up."""
    home = HomePage.objects.first()
    if home is None:
        home = Page.get_first_root_node().add_child(
            instance=HomePage(title="Home", slug="home-test", intro="Welkom bij JOS.")
        )
    site = Site.objects.get(is_default_site=True)
    site.root_page = home
    site.hostname, site.port = "localhost", 80
    site.save()
    return home


class PageFactory(factory.django.DjangoModelFactory):
    """Adds the page under `parent` (required); published unless live=False; tags=[...]."""

    class Meta:
        abstract = True

    @classmethod
    def _create(cls, model_class, *args, parent, live=True, tags=(), **kwargs):
        relations = {
            name: kwargs.pop(name)
            for name in (
                "related_practices",
                "related_workplaces",
                "related_publications",
                "materials",
            )
            if name in kwargs
        }
        page = model_class(*args, live=live, **kwargs)
        for name, items in relations.items():
            setattr(page, name, items)
        parent.add_child(instance=page)
        if tags:
            page.tags.add(*tags)
        revision = page.save_revision()
        if live:
            revision.publish()
        page.refresh_from_db()
        return page


class StoryIndexPageFactory(PageFactory):
    class Meta:
        model = StoryIndexPage

    title = "Verhalen"
    slug = "verhalen"
    parent = factory.LazyFunction(site_home)


class StoryPageFactory(PageFactory):
    class Meta:
        model = StoryPage

    title = factory.Sequence(lambda n: f"Verhaal {n}")
    slug = factory.Sequence(lambda n: f"verhaal-{n}")
    intro = "Een school en het jongerenwerk vertellen."
    kind = "praktijkverhaal"
    date = factory.Sequence(lambda n: datetime.date(2026, 1, 1) + datetime.timedelta(days=n))


class TipFactory(factory.django.DjangoModelFactory):
    """A tip; published unless live=False. factors=[...], tags=[...]."""

    class Meta:
        model = Tip
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Tip {n}")
    text = "Doe dit eens."

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        factors = kwargs.pop("factors", [])
        tags = kwargs.pop("tags", [])
        live = kwargs.pop("live", True)
        tip = model_class(*args, live=False, **kwargs)
        tip.factors = factors
        tip.save()
        if tags:
            tip.tags.add(*tags)
            tip.save()
        revision = tip.save_revision()
        if live:
            revision.publish()
            tip.refresh_from_db()
        return tip
