"""Where a record comes from, and whether it is an invented example.

One abstract model that every public record type inherits (practices, werkplaatsen,
sessions, publications, stories, tips, events), so provenance is stored, validated and
shown the same way everywhere. Imports no domain app.
"""

from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel

# The visible label of the honesty rule, the same words on every channel.
FICTIONAL_LABEL = _("Fictief voorbeeld")


class Provenance(models.TextChoices):
    SOURCE = "bron", _("openbare bron")
    PRACTICE = "praktijk", _("aangemeld door de praktijk")
    EDITORS = "redactie", _("redactie")


class ProvenanceField(models.CharField):
    """The provenance choice. Its form field is not required: a form that leaves it out
    (an older admin form, a script) keeps the record's current value, as Django does for
    omitted fields with a default; an empty value still fails model validation."""

    def formfield(self, **kwargs):
        field = super().formfield(**kwargs)
        field.required = False
        return field

    def deconstruct(self):
        # Stored exactly like a CharField: no migration for a form-only difference.
        name, _path, args, kwargs = super().deconstruct()
        return name, "django.db.models.CharField", args, kwargs


class ProvenanceMixin(models.Model):
    """Source of a record (a public source with the date it was checked, the practice
    itself, or the editors) and the *fictief voorbeeld* flag of the honesty rule."""

    provenance = ProvenanceField(
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
        if self.provenance not in Provenance.values:
            errors["provenance"] = _("Kies waar de gegevens vandaan komen.")
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
        if self.is_fictional and getattr(self, "last_reviewed", None):
            errors["last_reviewed"] = _(
                "Een fictief voorbeeld krijgt geen datum 'laatst gecontroleerd': er is niets "
                "om te controleren. Maak het veld leeg."
            )
        if errors:
            raise ValidationError(errors)

    @property
    def public_last_reviewed(self):
        """The 'laatst gecontroleerd' date as visitors see it: never on a fictional record."""
        return None if self.is_fictional else getattr(self, "last_reviewed", None)

    @property
    def source_host(self):
        """The source's web address without scheme and 'www.', as readable link text."""
        host = urlsplit(self.source_url).hostname or self.source_url
        return host.removeprefix("www.")


def provenance_panel(*extra_fields):
    """The "Herkomst" panel every record type shows in the admin; ``extra_fields`` are
    the record's own fields that belong with it (a practice's 'laatst gecontroleerd')."""
    return MultiFieldPanel(
        [
            FieldPanel("is_fictional"),
            FieldPanel("provenance"),
            FieldRowPanel([FieldPanel("source_url"), FieldPanel("source_checked")]),
            *(FieldPanel(name) for name in extra_fields),
        ],
        heading=_("Herkomst"),
        help_text=_(
            "Waar de gegevens vandaan komen, en of dit een verzonnen voorbeeld is. Een fictief "
            "voorbeeld krijgt overal op de site het label 'Fictief voorbeeld'."
        ),
    )


def labelled(record, title):
    """A title as feeds and calendars show it: '[Fictief voorbeeld] title' for a fictional
    record, so a reader sees it in every feed reader and calendar; otherwise unchanged."""
    if getattr(record, "is_fictional", False):
        return f"[{FICTIONAL_LABEL}] {title}"
    return title


def provenance_columns():
    """(column name, value) pairs for exports: the fictional flag and where a record
    comes from."""

    def checked(record):
        return record.source_checked.isoformat() if record.source_checked else ""

    return [
        ("fictief voorbeeld", lambda record: "ja" if record.is_fictional else "nee"),
        ("herkomst", lambda record: record.get_provenance_display()),
        ("bron", lambda record: record.source_url),
        ("bron nagekeken op", checked),
    ]


def fictional_column():
    """The admin list column for the fictional flag: the words "fictief voorbeeld" on an
    invented record and nothing on a real one, instead of a bare True/False."""
    from wagtail.admin.ui.tables import Column

    return Column(
        "is_fictional",
        label=_("Fictief"),
        accessor=lambda record: FICTIONAL_LABEL.lower() if record.is_fictional else "",
        sort_key="is_fictional",
    )
