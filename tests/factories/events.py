import datetime

import factory

from jos_portal.events.models import AMSTERDAM, EventIndexPage, EventPage
from tests.factories.stories import PageFactory, site_home


def local(*args, **kwargs):
    """An aware datetime in Amsterdam time: local(2027, 3, 28, 3, 30)."""
    return datetime.datetime(*args, tzinfo=AMSTERDAM, **kwargs)


class EventIndexPageFactory(PageFactory):
    class Meta:
        model = EventIndexPage

    title = "Bijeenkomsten"
    slug = "bijeenkomsten"
    parent = factory.LazyFunction(site_home)


class EventPageFactory(PageFactory):
    """An event of two hours; give start (and end) as aware datetimes."""

    class Meta:
        model = EventPage

    title = factory.Sequence(lambda n: f"Bijeenkomst {n}")
    slug = factory.Sequence(lambda n: f"bijeenkomst-{n}")
    intro = "Een middag over samenwerking."
    start = factory.LazyFunction(lambda: local(2030, 6, 1, 14, 0))
    end = factory.LazyAttribute(lambda o: o.start + datetime.timedelta(hours=2))
    location_name = "Bibliotheek"
    address = "Stationsplein 1, Utrecht"
