from wagtail.models import Page, Site

import pytest

from jos_portal.core.models import HomePage
from jos_portal.scan.models import ScanPage, ScanStatement
from jos_portal.taxonomy.models import Factor

# (key, name, kind, statement, reversed); positions in a code follow this order.
STATEMENTS = [
    ("contact", "Vaste contactpersoon", "randvoorwaarde", "Er is één vaste contactpersoon.", False),
    ("geld", "Structureel geld", "randvoorwaarde", "Er is structureel geld.", False),
    ("zichtbaar", "Zichtbaar in school", "succesfactor", "Leerlingen weten ons te vinden.", False),
    ("visie", "Gedeelde visie", "succesfactor", "We delen een visie.", False),
    (
        "incident",
        "Handelen op incidenten",
        "valkuil",
        "We komen pas in actie na een incident.",
        True,
    ),
]


@pytest.fixture
def factors(db):
    return {
        key: Factor.objects.create(
            name=name,
            kind=kind,
            description=f"<p>Over {name}.</p>",
            what_you_can_do=f"<p>Tip bij {name}.</p>",
        )
        for key, name, kind, _text, _reversed in STATEMENTS
    }


@pytest.fixture
def site_home(db):
    root = Page.get_first_root_node()
    home = root.add_child(instance=HomePage(title="Home", slug="home-scan", intro="Welkom"))
    site = Site.objects.get(is_default_site=True)
    site.root_page = home
    site.save()
    return home


@pytest.fixture
def scan(site_home, factors):
    """A published scan with the five statements above (version 1)."""
    page = ScanPage(
        title="Samenwerkingsscan",
        slug="samenwerkingsscan",
        intro="<p>Hoe staat jullie samenwerking ervoor?</p>",
    )
    # Stored out of group order on purpose: the version sorts them by kind.
    rows = list(reversed(STATEMENTS))
    page.statements = [
        ScanStatement(factor=factors[key], text=text, reversed=rev, sort_order=i)
        for i, (key, _name, _kind, text, rev) in enumerate(rows)
    ]
    site_home.add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    return page
