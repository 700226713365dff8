"""Where a record comes from, and whether it is an invented example.

One abstract model that every public record type inherits (practices, werkplaatsen,
sessions, publications, stories, tips, events), so provenance is stored, validated and
shown the same way everywhere. Imports no domain app.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Provenance(models.TextChoices):
    SOURCE = "bron", _("openbare bron")
    PRACTICE = "praktijk", _("aangemeld door de praktijk")
    EDITORS = "redactie", _("redactie")


class ProvenanceMixin(models.Model):
    """Source of a record (a public source with the date it was checked, the practice
    itself, or the editors) and the *fictief voorbeeld* flag of the honesty rule."""

    provenance = models.CharField(
        _("herkomst"),
        max_length=20,
        choices=Provenance.choices,
        default=Provenance.EDITORS,
        help_text=_(
            "Waar komt de informatie vandaan? Bij 'openbare bron' vul je het webadres en de "
            "datum in waarop je de bron hebt nagekeken."
        ),
    )
    source_url = models.URLField(
        _("webadres van de bron"),
        max_length=500,
        blank=True,
        help_text=_("De openbare bron waar de gegevens op steunen."),
    )
    source_checked = models.DateField(
        _("bron nagekeken op"),
        null=True,
        blank=True,
        help_text=_("Wanneer de redactie de bron voor het laatst heeft nagekeken."),
    )
    is_fictional = models.BooleanField(
        _("fictief voorbeeld"),
        default=False,
        help_text=_(
            "Aanvinken als dit een verzonnen voorbeeld is (bijvoorbeeld demo-inhoud). De site "
            "toont het dan overal met het label 'Fictief voorbeeld' en telt het niet als "
            "onderbouwing. Een fictief voorbeeld noemt nooit echte scholen, organisaties, "
            "gemeenten als partij, locaties of personen."
        ),
    )

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        errors = {}
        if self.provenance == Provenance.SOURCE and not self.source_url:
            errors["source_url"] = _("Vul het webadres van de bron in.")
        if self.source_checked and not self.source_url:
            errors["source_checked"] = _("Een nagekeken datum hoort bij een webadres van de bron.")
        if self.source_checked and self.source_checked > timezone.localdate():
            errors["source_checked"] = _("De datum waarop je de bron nakeek ligt in de toekomst.")
        if self.is_fictional and self.provenance == Provenance.SOURCE:
            errors["is_fictional"] = _(
                "Een fictief voorbeeld heeft geen openbare bron: kies 'redactie' als herkomst."
            )
        if errors:
            raise ValidationError(errors)
