"""Demo intros for topic pages and themes, and a few tips that belong to a theme; creates
only what is missing and keeps editors' edits. The texts are general descriptions of what a
theme covers, with no facts, figures or examples of their own."""

from taggit.models import Tag

from jos_portal.stories.models import Tip
from jos_portal.taxonomy.models import Factor

from .models import TopicIntro

# name: (intro, is_theme)
INTROS = {
    "schooluitval": (
        "<p>Jongeren die dreigen uit te vallen hebben vaak al een band met een jongerenwerker "
        "buiten school. Hier staat hoe scholen en jongerenwerk die band samen benutten: "
        "vroeg signaleren, thuiszitters bereiken en de weg terug naar school vinden.</p>",
        False,
    ),
    "veerkracht": (
        "<p>Veerkracht is het vermogen van jongeren om met tegenslag om te gaan. Het programma "
        "JOS versterkt die veerkracht door school en jongerenwerk te laten samenwerken, in en "
        "rond de school.</p>",
        True,
    ),
    "wijk": (
        "<p>Wat in de wijk gebeurt, komt mee de school in. Voorbeelden en bevindingen over "
        "samenwerken met het jongerenwerk dat de wijk en haar jongeren kent.</p>",
        False,
    ),
    "mentale gezondheid": (
        "<p>Hoe het met een jongere gaat, zien school en jongerenwerk vaak op verschillende "
        "momenten: in de les, in de pauze, na schooltijd in de wijk. Hier staat alles over "
        "samenwerken rond welzijn en mentale gezondheid van leerlingen: signalen op tijd "
        "opmerken, ze met toestemming van de jongere delen en samen bepalen wie het gesprek "
        "voert.</p>",
        True,
    ),
    "schoolverzuim": (
        "<p>Verzuim is vaak een teken dat er iets speelt, op school, thuis of in de wijk. Hier "
        "staat hoe school en jongerenwerk samen verzuim vroeg opmerken, thuiszitters bereiken "
        "en jongeren helpen de weg terug naar school te vinden.</p>",
        True,
    ),
    "veiligheid": (
        "<p>Een veilige school is meer dan regels en toezicht. Hier staat hoe school en "
        "jongerenwerk samen werken aan een veilig en positief klimaat in en rond de school, en "
        "hoe ze op incidenten reageren zonder dat klimaat uit het oog te verliezen.</p>",
        True,
    ),
    "overgangen": (
        "<p>Bij de overstap van de basisschool naar het voortgezet onderwijs (po-vo) en van het "
        "vmbo naar het mbo (vo-mbo) verliezen jongeren vaak de volwassenen die ze kennen. Hier "
        "staat hoe school en jongerenwerk die overgangen samen begeleiden, bijvoorbeeld met een "
        "warme overdracht.</p>",
        True,
    ),
}

# (title, text, factor names, topic names, English title, English summary): practical
# advice that goes with a theme.
THEME_TIPS = [
    (
        "Vraag leerlingen waar gepest wordt",
        "Pesten gebeurt vaak buiten het zicht van docenten: online, op het plein, op weg naar "
        "huis. Vraag leerlingen waar en wanneer, en leg wat de mentor en het jongerenwerk "
        "horen naast elkaar.",
        ["Brugfunctie tussen school en wijk"],
        ["veiligheid"],
        "Ask pupils where bullying happens",
        (
            "Bullying often happens out of teachers' sight: online, in the schoolyard, on the way"
            " home. Ask pupils where and when, and put what the mentor and youth work hear side "
            "by side."
        ),
    ),
    (
        "Een bekend gezicht na de zomer",
        "Laat leerlingen vóór de overstap naar een nieuwe school al kennismaken met de "
        "jongerenwerker die daar werkt, zodat ze na de zomer iemand herkennen.",
        ["Continuïteit van mensen en activiteiten"],
        ["overgangen"],
        "A familiar face after the summer",
        (
            "Let pupils meet the youth worker at their new school before the move, so they "
            "recognise someone after the summer."
        ),
    ),
    (
        "Let ook op stille signalen",
        "Een leerling die zich terugtrekt valt minder op dan een leerling die ruzie zoekt. "
        "Spreek met het jongerenwerk af hoe je zulke zorgen deelt, met toestemming van de "
        "leerling.",
        ["Het belang van de leerling voorop"],
        ["mentale gezondheid"],
        "Watch for quiet signals too",
        (
            "A pupil who withdraws stands out less than one who picks fights. Agree with youth "
            "work how to share such worries, with the pupil's consent."
        ),
    ),
]


def load():
    created = 0
    for name, (intro, is_theme) in INTROS.items():
        tag = Tag.objects.filter(name__iexact=name).first()
        if tag is None or TopicIntro.objects.filter(tag=tag).exists():
            continue
        TopicIntro.objects.create(tag=tag, intro=intro, is_theme=is_theme)
        created += 1
    existing = set(Tip.objects.values_list("title", flat=True))
    factors = {f.name: f for f in Factor.objects.all()}
    for title, text, factor_names, tags, title_en, summary_en in THEME_TIPS:
        if title in existing:
            continue
        tip = Tip(title=title, text=text, title_en=title_en, summary_en=summary_en, live=False)
        tip.factors = [factors[n] for n in factor_names if n in factors]
        tip.save()
        tip.tags.add(*tags)
        tip.save()
        tip.save_revision().publish()
        created += 1
    return created
