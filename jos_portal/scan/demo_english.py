"""English title and summary of the demo's collaboration scan page."""

from jos_portal.taxonomy.english import fill_english

from .models import ScanPage

ENGLISH = {
    "samenwerkingsscan": (
        "Collaboration scan",
        "How is the collaboration between your school and youth work doing? Rate short "
        "statements on the preconditions, success factors and pitfalls described by the "
        "workshops in Tilburg and Utrecht. It takes about ten minutes.",
    )
}


def load():
    return fill_english(ScanPage.objects.all(), ENGLISH)
