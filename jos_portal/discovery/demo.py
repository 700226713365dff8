"""Demo intros for a few topic pages; creates only what is missing, keeps editors' edits."""

from taggit.models import Tag

from .models import TopicIntro

INTROS = {
    "schooluitval": (
        "<p>Jongeren die dreigen uit te vallen hebben vaak al een band met een jongerenwerker "
        "buiten school. Hier staat hoe scholen en jongerenwerk die band samen benutten: "
        "vroeg signaleren, thuiszitters bereiken en de weg terug naar school vinden.</p>"
    ),
    "veerkracht": (
        "<p>Veerkracht is het vermogen van jongeren om met tegenslag om te gaan. Het programma "
        "JOS versterkt die veerkracht door school en jongerenwerk te laten samenwerken, in en "
        "rond de school.</p>"
    ),
    "wijk": (
        "<p>Wat in de wijk gebeurt, komt mee de school in. Voorbeelden en bevindingen over "
        "samenwerken met het jongerenwerk dat de wijk en haar jongeren kent.</p>"
    ),
}


def load():
    created = 0
    for name, intro in INTROS.items():
        tag = Tag.objects.filter(name__iexact=name).first()
        if tag is None or TopicIntro.objects.filter(tag=tag).exists():
            continue
        TopicIntro.objects.create(tag=tag, intro=intro)
        created += 1
    return created
