"""Scoring of a completed scan: per group, per factor, strengths and attention points.

Each answered statement is worth 0-3 points: "helemaal niet mee eens" 0 up to "helemaal
mee eens" 3, the other way round for reversed statements (pitfalls, where agreeing means
the pitfall is present). A score is the points earned as a percentage of the maximum,
rounded to a whole number, over the answered statements only: "weet ik niet" and
unanswered statements are counted and shown, never scored. A group's score runs over
all its statements, a factor's over its own (normally one).

Attention points: the factors scoring below ATTENTION_BELOW, lowest first, at most
MAX_ATTENTION; when fewer than MIN_ATTENTION qualify, the next lowest factors that are
not yet perfect fill up to MIN_ATTENTION. Strengths: the factors scoring at least
STRENGTH_FROM that are not attention points, highest first, at most MAX_STRENGTHS.
Ties keep the scan's order (randvoorwaarden, succesfactoren, valkuilen).
"""

from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy as _

from jos_portal.taxonomy.models import FACTOR_KIND_PLURALS

from .codes import DONT_KNOW, MISSING, SCALE

MAX_POINTS = 3
ATTENTION_BELOW = 50
STRENGTH_FROM = 75
MIN_ATTENTION = 3
MAX_ATTENTION = 5
MAX_STRENGTHS = 5

ANSWER_LABELS = {
    1: _("Helemaal niet mee eens"),
    2: _("Niet mee eens"),
    3: _("Mee eens"),
    4: _("Helemaal mee eens"),
    DONT_KNOW: _("Weet ik niet"),
    MISSING: _("Niet ingevuld"),
}
PITFALL = "valkuil"

# A score in words, so that nobody reads "Valkuilen 75%" as bad: for a pitfall the score is
# reversed (high means the pitfall hardly plays), and the words say risk instead of quality.
# (lowest score of the band, words) from high to low.
VERDICTS = [
    (75, _("staat goed")),
    (50, _("redelijk")),
    (25, _("aandacht nodig")),
    (0, _("veel aandacht nodig")),
]
PITFALL_VERDICTS = [
    (75, _("weinig risico")),
    (50, _("enig risico")),
    (25, _("risico")),
    (0, _("groot risico")),
]


def verdict(score, kind):
    """The score in words; "niet te bepalen" without a score."""
    if score is None:
        return _("niet te bepalen")
    bands = PITFALL_VERDICTS if kind == PITFALL else VERDICTS
    return next(words for lowest, words in bands if score >= lowest)


GROUP_ORDER = [kind for kind, _label in FACTOR_KIND_PLURALS]
GROUP_LABELS = dict(FACTOR_KIND_PLURALS)


def points(value, reversed_scoring):
    """0-3 points for an answer on the scale, None for "weet ik niet" or no answer."""
    if value not in SCALE:
        return None
    earned = value - 1
    return MAX_POINTS - earned if reversed_scoring else earned


def percentage(earned):
    """A list of points as a rounded percentage of the maximum; None when empty."""
    if not earned:
        return None
    return round(100 * sum(earned) / (MAX_POINTS * len(earned)))


@dataclass
class AnsweredStatement:
    position: int
    text: str
    reversed: bool
    value: int
    points: int | None
    source: str = ""

    @property
    def answer_label(self):
        return ANSWER_LABELS[self.value]


@dataclass
class FactorScore:
    factor_id: int
    slug: str
    name: str
    kind: str
    order: int
    statements: list = field(default_factory=list)
    score: int | None = None

    @property
    def dont_know(self):
        return sum(1 for s in self.statements if s.value == DONT_KNOW)

    @property
    def verdict(self):
        return verdict(self.score, self.kind)

    @property
    def is_pitfall(self):
        return self.kind == PITFALL

    @property
    def missing(self):
        return sum(1 for s in self.statements if s.value == MISSING)


@dataclass
class GroupScore:
    kind: str
    label: str
    factors: list = field(default_factory=list)
    score: int | None = None
    answered: int = 0
    dont_know: int = 0
    missing: int = 0

    @property
    def verdict(self):
        return verdict(self.score, self.kind)


@dataclass
class Result:
    groups: list
    factors: list
    strengths: list
    attention: list

    @property
    def answered(self):
        return sum(g.answered for g in self.groups)

    @property
    def total(self):
        return sum(len(f.statements) for f in self.factors)


def score(statements, values):
    """Score the answers ``values`` to a version's ``statements`` (its JSON snapshot)."""
    factors = {}
    for position, (statement, value) in enumerate(zip(statements, values, strict=True)):
        factor = factors.get(statement["factor"])
        if factor is None:
            factor = factors[statement["factor"]] = FactorScore(
                factor_id=statement["factor"],
                slug=statement["slug"],
                name=statement["name"],
                kind=statement["kind"],
                order=len(factors),
            )
        factor.statements.append(
            AnsweredStatement(
                position=position,
                text=statement["text"],
                reversed=statement["reversed"],
                value=value,
                points=points(value, statement["reversed"]),
                # Versions frozen before statements had sources have no "source".
                source=statement.get("source", ""),
            )
        )
    groups = []
    for kind in GROUP_ORDER:
        members = [f for f in factors.values() if f.kind == kind]
        if not members:
            continue
        group = GroupScore(kind=kind, label=GROUP_LABELS[kind], factors=members)
        earned = []
        for factor in members:
            own = [s.points for s in factor.statements if s.points is not None]
            factor.score = percentage(own)
            earned += own
            group.dont_know += factor.dont_know
            group.missing += factor.missing
        group.score = percentage(earned)
        group.answered = len(earned)
        groups.append(group)
    ordered = [f for g in groups for f in g.factors]
    scored = [f for f in ordered if f.score is not None]
    lowest = sorted(scored, key=lambda f: f.score)
    attention = [f for f in lowest if f.score < ATTENTION_BELOW][:MAX_ATTENTION]
    for factor in lowest:
        if len(attention) >= MIN_ATTENTION:
            break
        if factor not in attention and factor.score < 100:
            attention.append(factor)
    strengths = [
        f
        for f in sorted(scored, key=lambda f: -f.score)
        if f.score >= STRENGTH_FROM and f not in attention
    ][:MAX_STRENGTHS]
    return Result(groups=groups, factors=ordered, strengths=strengths, attention=attention)
