"""English titles and summaries of the demo publications. The real publications get only
what the public sources say (the facts the demo content is written from); the titles are
translations, marked as such, because none of these works has an English edition."""

from jos_portal.taxonomy.english import fill_english

from .models import Publication

ENGLISH = {
    "handen-ineen-voor-meer-veerkracht-bij-jongeren": (
        "Joining hands for more resilience in young people (translated title)",
        "A literature study commissioned by Platform JEP, started in December 2018 alongside "
        "the fieldwork in Tilburg and Utrecht. It looks at pedagogical alliances of "
        "families, schools and youth work that meet young people's identity needs, so that "
        "strong ideals can grow into critical citizenship. Free to download; in Dutch.",
    ),
    "stappenplan-effectieve-samenwerking-jongerenwerk-en-onderwijs": (
        "Step-by-step plan: effective collaboration between youth work and education "
        "(translated title)",
        "Presented on 16 September 2021. The plan turns the researched success factors into "
        "steps to start or strengthen a collaboration between youth work and schools; it "
        "works best when aimed at a positive pedagogical climate rather than at incidents. "
        "In Dutch.",
    ),
    "werkzame-elementen-en-randvoorwaarden-jongerenwerk-en-scholen": (
        "Working elements and preconditions in the collaboration between youth work and "
        "secondary schools (translated title)",
        "A Dutch-language article on a qualitative, grounded-theory study of seven "
        "collaborations between youth work and secondary schools. It identifies four "
        "potential working elements and three potential preconditions; more research is "
        "needed to substantiate them.",
    ),
    "voortgezet-onderwijs-en-jongerenwerk-partners-schoolcarrieres": (
        "Secondary education and youth work: partners in strengthening young people's school "
        "careers (translated title)",
        "The article distinguishes youth workers who support the school from their work in "
        "the neighbourhood and youth workers who work inside the school. Success factors "
        "include enough youth workers, a fixed contact at school, continuity and, inside the "
        "school, a central room of their own. In Dutch.",
    ),
    "concept-voorbeeldfactsheet-succesfactoren": (
        "Draft: example fact sheet on success factors",
        "Fictional example: a draft showing what a short fact sheet looks like before the "
        "editors publish it. It is not a real publication.",
    ),
}


def load():
    return fill_english(Publication.objects.all(), ENGLISH)
