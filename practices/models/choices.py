"""The fixed vocabularies of a practice record (stage, evidence, recognition, ...)."""

from django.db import models
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _


def euros(amount):
    """Whole euros with a thousands separator, as in the interface language (8.000)."""
    return number_format(amount, decimal_pos=0, force_grouping=True)


class CollaborationType(models.TextChoices):
    IN_SCHOOL = "in-de-school", _("in de school")
    FROM_NEIGHBOURHOOD = "vanuit-de-wijk", _("vanuit de wijk")
    BOTH = "beide", _("beide")


class Stage(models.TextChoices):
    """How far a collaboration is; "afgerond" is the last stage, so there is one answer."""

    EXPLORING = "verkennen", _("verkennen")
    STARTING = "opstarten", _("opstarten")
    RUNNING = "lopend", _("lopend")
    EMBEDDED = "geborgd", _("geborgd")
    FINISHED = "afgerond", _("afgerond")


class Status(models.TextChoices):
    """Derived from the stage (see Practice.status); kept for filters, exports and the API."""

    ONGOING = "lopend", _("lopend")
    FINISHED = "afgerond", _("afgerond")


def status_for_stage(stage):
    return Status.FINISHED if stage == Stage.FINISHED else Status.ONGOING


class EvidenceLevel(models.TextChoices):
    """The portal's own scale: where the knowledge comes from. Deliberately not the
    wording of the Erkenningscommissie Interventies (see Recognition)."""

    DESCRIBED = "beschreven", _("beschreven door de praktijk")
    WORKPLACE = "werkplaats", _("besproken in een werkplaats")
    EVALUATED = "geevalueerd", _("geëvalueerd met een rapport")


class Recognition(models.TextChoices):
    """The official rating of the Erkenningscommissie Interventies."""

    WELL_DESCRIBED = "goed-beschreven", _("Goed beschreven")
    WELL_FOUNDED = "goed-onderbouwd", _("Goed onderbouwd")
    EFFECTIVE_FIRST = "effectief-eerste", _("Effectief (eerste aanwijzingen)")
    EFFECTIVE_GOOD = "effectief-goede", _("Effectief (goede aanwijzingen)")
    EFFECTIVE_STRONG = "effectief-sterke", _("Effectief (sterke aanwijzingen)")


class Databank(models.TextChoices):
    NJI = "nji", _("NJi Databank Effectieve Jeugdinterventies")
    MOVISIE = "movisie", _("Movisie Databank Effectieve sociale interventies")
    LOKET = "loket-gezond-leven", _("Loket Gezond Leven")


DATABANK_HOSTS = {
    "nji.nl": Databank.NJI,
    "movisie.nl": Databank.MOVISIE,
    "loketgezondleven.nl": Databank.LOKET,
}


def databank_for_url(url):
    """The databank a link points into, by its host (www.nji.nl -> nji), or ""."""
    from urllib.parse import urlsplit

    host = (urlsplit(url).hostname or "").lower()
    for domain, databank in DATABANK_HOSTS.items():
        if host == domain or host.endswith("." + domain):
            return databank
    return ""


class PreventionLevel(models.TextChoices):
    UNIVERSAL = "universeel", _("universeel (alle jongeren)")
    SELECTIVE = "selectief", _("selectief (groepen met meer risico)")
    INDICATED = "geindiceerd", _("geïndiceerd (jongeren met eerste signalen)")


class EvaluationDesign(models.TextChoices):
    PROCESS = "procesevaluatie", _("procesevaluatie")
    EFFECT = "effectonderzoek", _("effectonderzoek")
    QUALITATIVE = "kwalitatief", _("kwalitatief onderzoek")
    MONITOR = "monitor", _("monitor")
    OTHER = "anders", _("anders")


class CostBand(models.TextChoices):
    """Bands over the yearly cost (the upper bound, or the only amount given)."""

    LOW = "tot-5000", _("tot € 5.000 per jaar")
    MIDDLE = "5000-25000", _("€ 5.000 tot € 25.000 per jaar")
    HIGH = "vanaf-25000", _("€ 25.000 of meer per jaar")


# The band limits in euros: [from, to) per band.
COST_BANDS = {
    CostBand.LOW: (None, 5000),
    CostBand.MIDDLE: (5000, 25000),
    CostBand.HIGH: (25000, None),
}


class Source(models.TextChoices):
    EDITORS = "redactie", _("redactie")
    PUBLIC_FORM = "aanmelding", _("aanmeldformulier")
