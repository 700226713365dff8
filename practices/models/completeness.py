"""Which databank sections of a practice are filled (admin panel, list filter)."""

from django.db import models
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import HelpPanel


class CompletenessPanel(HelpPanel):
    """Which databank sections of the record are still empty (as last saved)."""

    class BoundPanel(HelpPanel.BoundPanel):
        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            empty = self.instance.empty_sections
            if not empty:
                self.content = format_html(
                    "<p>{}</p>", _("Alle onderdelen van de databankbeschrijving zijn ingevuld.")
                )
            else:
                self.content = format_html(
                    "<p>{} {}</p>",
                    _("Nog leeg:"),
                    ", ".join(empty),
                )


def _has_costs(p):
    return bool(
        p.youth_work_hours_per_week is not None
        or p.other_staff_time
        or p.cost_per_year_from is not None
        or p.cost_per_year_to is not None
        or p.costs_cover
        or p.duration_weeks
        or p.sessions
        or p.session_minutes
        or (p.pk and p.funding_sources.all())
    )


def _has_target_group(p):
    return bool(
        p.age_from is not None or p.age_to is not None or p.prevention_level or p.inclusion_criteria
    )


# The databank-grade sections: key -> (label, does the record fill it?). The admin shows
# the empty ones, the "onvolledig" filter uses EMPTY_SECTION_QUERIES, the public page
# leaves them out.
SECTIONS = {
    "erkenning": (_("erkenning"), lambda p: bool(p.recognition)),
    "werkzame-elementen": (
        _("werkzame elementen"),
        lambda p: bool(p.pk and p.working_elements.all()),
    ),
    "kosten": (_("kosten en inzet"), _has_costs),
    "doelgroep": (_("doelgroep"), _has_target_group),
    "onderzoek": (_("onderzoek"), lambda p: bool(p.pk and p.evaluations.all())),
    "eigenaar": (_("eigenaar"), lambda p: bool(p.owner_name or p.owner_organisation)),
}


def incomplete_q():
    """Practices with at least one empty databank section (one condition, no joins per row)."""
    from .practice import Practice
    from .related import PracticeEvaluation, PracticeWorkingElement

    q = models.Q(recognition="")
    q |= ~models.Exists(PracticeWorkingElement.objects.filter(practice=models.OuterRef("pk")))
    q |= ~models.Exists(PracticeEvaluation.objects.filter(practice=models.OuterRef("pk")))
    q |= models.Q(owner_name="", owner_organisation="")
    q |= models.Q(
        age_from__isnull=True, age_to__isnull=True, prevention_level="", inclusion_criteria=""
    )
    q |= models.Q(
        youth_work_hours_per_week__isnull=True,
        other_staff_time="",
        cost_per_year_from__isnull=True,
        cost_per_year_to__isnull=True,
        costs_cover="",
        duration_weeks__isnull=True,
        sessions__isnull=True,
        session_minutes__isnull=True,
    ) & ~models.Exists(
        Practice.funding_sources.through.objects.filter(practice=models.OuterRef("pk"))
    )
    return q
