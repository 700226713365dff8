"""English titles and summaries of the demo werkplaatsen and sessions. The two real
werkplaatsen get only what the public sources say (docs/FACTS); the sessions are
fictional examples, translated from their Dutch demo texts."""

from jos_portal.taxonomy.english import fill_english

from .models import Session, Workplace

WORKPLACES = {
    "tilburg": (
        "Tilburg practice-research workshop",
        "Existing collaborations between youth work and secondary schools in Tilburg: "
        "the preconditions they need, what makes them work and where they get stuck.",
    ),
    "utrecht": (
        "Utrecht practice-research workshop",
        "Existing collaborations between youth work and secondary schools in Utrecht: "
        "the preconditions they need, what makes them work and where they get stuck.",
    ),
    "voorbeeldwerkplaats": (
        "Example workshop (fictional example)",
        "Fictional example: what do youth work and schools in an invented neighbourhood need "
        "to strengthen young people's resilience together?",
    ),
}

SESSIONS = {
    "startbijeenkomst-verwachtingen": (
        "Kick-off: what do school and youth work expect of each other?",
        "Teachers, school leaders, care coordinators, youth workers and policy officers "
        "described how the collaboration works at their school and what they expect of it. "
        "The pictures differed widely.",
    ),
    "startbijeenkomst": (
        "Second kick-off with the schools that joined later",
        "Two schools joined a few months after the start. Participants described how school "
        "youth work began at their school and chose the subjects for the rest of the "
        "workshop.",
    ),
    "interviews-mentoren-zorgcoordinatoren": (
        "Interviews with mentors and care coordinators",
        "Researchers asked mentors, teachers and care coordinators at four schools what the "
        "collaboration with youth work gives them and what it needs.",
    ),
    "meelopen-pauzes-naschools": (
        "Shadowing at breaks and after-school activities",
        "Researchers followed youth workers at three schools during breaks and after-school "
        "activities, without recording data on individual pupils.",
    ),
    "observaties-pauzes": (
        "Observations at break time at two schools",
        "Two researchers noted where youth workers spent breaks and free periods, how often "
        "pupils spoke to them and about what. No names or identifiable data were recorded.",
    ),
    "interviews-zorg-en-wijk": (
        "Interviews on working with care services and the neighbourhood",
        "Researchers interviewed care coordinators, youth workers, a school leader and a "
        "policy officer about pupils who need extra attention, including the role of "
        "neighbourhood teams and the police.",
    ),
    "focusgroep-jongerenwerkers": (
        "Focus group of youth workers: their place in the school",
        "Youth workers from several schools discussed what strengthens their place in the "
        "school and what puts it under pressure.",
    ),
    "focusgroep-leerlingen": (
        "Focus group with pupils on youth work at school",
        "Eight pupils from two schools talked about what youth work means to them, with their "
        "own consent and, where needed, their parents'. Their words were anonymised.",
    ),
    "slotbijeenkomst-borging": (
        "Draft: closing meeting on keeping the collaboration going",
        "The researchers presented their provisional findings. The talk was mainly about "
        "what it takes to keep the collaboration going after the workshop. This report is a "
        "draft.",
    ),
    "interviews-schoolleiders-toekomst": (
        "Draft: interviews with school leaders on the future of school youth work",
        "Researchers spoke with school leaders and policy officers about how school youth "
        "work can continue in the coming years. This report is a draft.",
    ),
}


def load():
    return fill_english(Workplace.objects.all(), WORKPLACES) + fill_english(
        Session.objects.all(), SESSIONS
    )
