"""English titles and summaries of the demo stories, tips and the story index: translations
of their Dutch demo texts (the real news item keeps to the public facts)."""

from jos_portal.taxonomy.english import fill_english

from .models import StoryIndexPage, StoryPage, Tip

INDEX = {
    "verhalen": (
        "Stories",
        "Interviews, practice stories, news and columns about schools and youth workers who "
        "work together.",
    )
}

STORIES = {
    "een-jongerenwerker-in-de-aula": (
        "A youth worker in the school hall: what a break can do",
        "At an invented pre-vocational school in Tilburg, youth workers are in the "
        "schoolyard and hall four days a week. What began as 'an extra pair of eyes' became "
        "a fixed link between school and neighbourhood.",
    ),
    "interview-zorgcoordinator-over-informatie-delen": (
        "Interview: a care coordinator on sharing information",
        "What may you share with the youth workers, and what not? A care coordinator tells "
        "how his school made agreements about it. School and person are invented.",
    ),
    "stappenplan-samenwerking-jongerenwerk-en-onderwijs-gepresenteerd": (
        "Step-by-step plan for collaboration between youth work and education presented",
        "On 16 September 2021 Platform JEP presented its step-by-step plan 'Effective "
        "collaboration between youth work and education' (in Dutch).",
    ),
    "column-polarisatie-begint-niet-in-de-klas": (
        "Column: polarisation does not start in the classroom",
        "When world news causes clashes in class, the reflex is often rules and measures. "
        "This column argues for a different first question.",
    ),
    "ouders-betrekken-via-het-jongerenwerk": (
        "Reaching parents through the youth workers",
        "Some parents rarely come to school, but the youth workers know them from the "
        "neighbourhood or the community centre. A practice story about a bridge between "
        "school and home.",
    ),
    "nieuw-op-het-portaal-tips-per-factor": (
        "New on the portal: tips per factor",
        "Every precondition, success factor and pitfall now has short, practical tips. You "
        "also find them on one page, ordered by kind of factor.",
    ),
}

TIPS = {
    "Begin bij de vraag achter het incident": (
        "Start with the question behind the incident",
        "After a clash in class, first discuss what is on pupils' minds before taking "
        "measures. Youth workers can help prepare that conversation.",
    ),
    "Een eigen plek, ook als die klein is": (
        "A place of their own, even a small one",
        "A fixed table in the hall or a small room near the canteen makes youth workers easy "
        "to find. Choose a spot pupils pass anyway.",
    ),
    "Eén naam, één telefoonnummer": (
        "One name, one phone number",
        "Give school and youth work one fixed contact each and put their details at the top "
        "of the collaboration agreement.",
    ),
    "Houd het vrijwillig": (
        "Keep it voluntary",
        "Do not send pupils 'to the youth worker' as a punishment. The strength lies in a "
        "voluntary, low-threshold position beside the pupil.",
    ),
    "Ken elkaars werkritme": (
        "Know each other's working rhythm",
        "A school plans by lesson, youth work by evening and weekend. Agree at the start when "
        "you can reach each other.",
    ),
    "Leg vast wat je deelt": (
        "Write down what you share",
        "Agree in writing which information about pupils you share, with whom and when, and "
        "tell pupils what happens to their story.",
    ),
    "Loop een middag mee in de wijk": (
        "Spend an afternoon in the neighbourhood",
        "Let mentors join the youth workers in the neighbourhood for an afternoon. They see "
        "where pupils are after school, and with whom.",
    ),
    "Maak een smoelenboek": (
        "Make a who's who",
        "Put photos and names of the youth workers in the staff room and on the pupil "
        "portal, so everyone knows who they are.",
    ),
    "Maak ruimte voor idealen": (
        "Make room for ideals",
        "Plan lessons where pupils may say what they stand for, even when it grates. Agree "
        "beforehand how to deal with heated reactions.",
    ),
    "Nodig de gemeente uit op school": (
        "Invite the municipality to school",
        "Ask the policy officer to spend a morning at school once a year. Seeing the "
        "practice helps to understand why prevention takes time.",
    ),
    "Reken in uren, niet in activiteiten": (
        "Count in hours, not in activities",
        "Agree with the municipality how many hours of youth work the school gets each week, "
        "including time to consult mentors.",
    ),
    "Spreek een vervanger af": (
        "Agree on a stand-in",
        "Decide beforehand who takes over in case of illness or departure, and let that "
        "person shadow the work a few times.",
    ),
}


def load():
    return (
        fill_english(StoryIndexPage.objects.all(), INDEX)
        + fill_english(StoryPage.objects.all(), STORIES)
        + fill_english(Tip.objects.all(), TIPS, key="title")
    )
