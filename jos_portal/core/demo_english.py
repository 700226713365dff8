"""English titles and summaries of the standing editorial pages of the demo."""

from jos_portal.taxonomy.english import fill_english

from .models import ContentPage

ENGLISH = {
    "over-jos": (
        "About JOS",
        "Youth Work and Education Together (JOS) is a programme of Platform JEP. It helps "
        "schools and youth workers strengthen young people's resilience together.",
    ),
    "contact": (
        "Contact",
        "Questions about collaboration between school and youth work? Get in touch.",
    ),
    "toegankelijkheid": (
        "Accessibility",
        "Everyone should be able to use this portal. This page says how accessible it is, "
        "what was tested and where to turn if something does not work.",
    ),
    "privacy": (
        "Privacy",
        "This portal collects as little personal data as possible. This page says which "
        "data is kept, why, for how long, and what your rights are.",
    ),
}


def load():
    return fill_english(ContentPage.objects.all(), ENGLISH)
