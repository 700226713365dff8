"""The parts of a practice record edited inline: working elements, research,
organisations, links, documents, and the funding sources it picks from."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import Orderable

from modelcluster.fields import ParentalKey

from jos_portal.taxonomy.models import Organisation

from .choices import EvaluationDesign
from .practice import Practice


class FundingSource(models.Model):
    """Who pays for an approach (gemeente, school, ...): a fixed list, loaded by migration."""

    name = models.CharField(_("naam"), max_length=100, unique=True)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    sort_order = models.PositiveSmallIntegerField(_("volgorde"), default=0)

    class Meta:
        verbose_name = _("financieringsbron")
        verbose_name_plural = _("financieringsbronnen")
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


class PracticeWorkingElement(Orderable):
    """One working element (werkzaam element): a short statement, optionally a factor."""

    practice = ParentalKey(Practice, on_delete=models.CASCADE, related_name="working_elements")
    text = models.CharField(
        _("werkzaam element"),
        max_length=300,
        help_text=_("Eén korte zin, bijvoorbeeld 'vaste jongerenwerker in de pauzes'."),
    )
    factor = models.ForeignKey(
        "taxonomy.Factor",
        verbose_name=_("factor"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="working_elements",
        help_text=_("Optioneel: de factor waar dit element bij hoort."),
    )

    panels = [FieldRowPanel([FieldPanel("text"), FieldPanel("factor")])]

    class Meta(Orderable.Meta):
        verbose_name = _("werkzaam element")
        verbose_name_plural = _("werkzame elementen")

    def __str__(self):
        return self.text


class PracticeEvaluation(Orderable):
    """Research into a practice: a process or effect evaluation, a monitor, ..."""

    practice = ParentalKey(Practice, on_delete=models.CASCADE, related_name="evaluations")
    design = models.CharField(_("soort onderzoek"), max_length=20, choices=EvaluationDesign.choices)
    year = models.PositiveSmallIntegerField(
        _("jaar"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1950), MaxValueValidator(2100)],
    )
    conducted_by = models.CharField(
        _("uitgevoerd door"),
        max_length=200,
        blank=True,
        help_text=_("Wie het onderzoek deed, bijvoorbeeld een hogeschool of bureau."),
    )
    title = models.CharField(_("titel"), max_length=250, blank=True)
    url = models.URLField(
        _("link"), blank=True, help_text=_("Het rapport of de samenvatting, met https://.")
    )

    panels = [
        FieldRowPanel([FieldPanel("design"), FieldPanel("year")]),
        FieldPanel("conducted_by"),
        FieldRowPanel([FieldPanel("title"), FieldPanel("url")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("onderzoek")
        verbose_name_plural = _("onderzoeken")

    def __str__(self):
        return self.title or self.summary

    @property
    def summary(self):
        """ "procesevaluatie, 2023, door Hogeschool X"."""
        parts = [str(self.get_design_display())]
        if self.year:
            parts.append(str(self.year))
        if self.conducted_by:
            parts.append(_("door %(who)s") % {"who": self.conducted_by})
        return ", ".join(str(p) for p in parts)


class PracticeOrganisation(Orderable):
    """An organisation taking part in a practice, with its role."""

    practice = ParentalKey(Practice, on_delete=models.CASCADE, related_name="organisations")
    organisation = models.ForeignKey(
        "taxonomy.Organisation",
        verbose_name=_("organisatie"),
        on_delete=models.PROTECT,
        related_name="practice_roles",
    )
    role = models.CharField(
        _("rol"),
        max_length=20,
        choices=Organisation.Kind.choices,
        help_text=_("Rol in deze samenwerking."),
    )

    panels = [FieldRowPanel([FieldPanel("organisation"), FieldPanel("role")])]

    class Meta(Orderable.Meta):
        verbose_name = _("betrokken organisatie")
        verbose_name_plural = _("betrokken organisaties")

    def __str__(self):
        return f"{self.organisation} ({self.get_role_display()})"


class PracticeLink(Orderable):
    practice = ParentalKey(Practice, on_delete=models.CASCADE, related_name="links")
    title = models.CharField(_("linktekst"), max_length=200)
    url = models.URLField(_("adres"))

    panels = [FieldRowPanel([FieldPanel("title"), FieldPanel("url")])]

    class Meta(Orderable.Meta):
        verbose_name = _("link")
        verbose_name_plural = _("links")

    def __str__(self):
        return self.title


class PracticeDocument(Orderable):
    practice = ParentalKey(Practice, on_delete=models.CASCADE, related_name="documents")
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    title = models.CharField(
        _("linktekst"), max_length=200, blank=True, help_text=_("Leeg: de titel van het document.")
    )

    panels = [FieldRowPanel([FieldPanel("document"), FieldPanel("title")])]

    class Meta(Orderable.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documenten")

    def __str__(self):
        return self.title or str(self.document)
