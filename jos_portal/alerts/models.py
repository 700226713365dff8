"""E-mail alerts: a visitor follows a saved search and gets a digest of what is new.

An address is stored only as long as an alert holds it: an unconfirmed alert is deleted
after ``ALERT_CONFIRMATION_DAYS``, and cancelling an alert deletes the row (the digest log
rows go with it and hold no address).
"""

import secrets

from django.db import models
from django.utils.translation import gettext_lazy as _

from taggit.models import Tag


def new_token():
    return secrets.token_urlsafe(32)


class Alert(models.Model):
    class Frequency(models.TextChoices):
        WEEKLY = "week", _("wekelijks")
        MONTHLY = "maand", _("maandelijks")

    class Kind(models.TextChoices):
        PRACTICES = "praktijk", _("praktijkvoorbeelden in een selectie")
        TOPIC = "onderwerp", _("alles over een onderwerp")

    class Language(models.TextChoices):
        DUTCH = "nl", _("Nederlands")
        ENGLISH = "en", _("Engels")

    email = models.EmailField(_("e-mailadres"), max_length=254)
    frequency = models.CharField(_("hoe vaak"), max_length=5, choices=Frequency.choices)
    kind = models.CharField(_("soort"), max_length=10, choices=Kind.choices)
    query = models.CharField(
        _("selectie"),
        max_length=2000,
        blank=True,
        help_text=_("De filters van de lijst met praktijkvoorbeelden, als webadres-parameters."),
    )
    topic = models.ForeignKey(
        Tag,
        verbose_name=_("onderwerp"),
        null=True,
        blank=True,
        # Kept when the tag is deleted: the alert is then marked broken and its subscriber
        # told so once, instead of vanishing without a word.
        on_delete=models.SET_NULL,
        related_name="+",
    )
    label = models.CharField(
        _("omschrijving"),
        max_length=300,
        help_text=_(
            "Hoe de selectie heette bij het aanmelden, in de taal van de aanmelder. Pagina's "
            "en mails maken de omschrijving opnieuw; deze tekst geldt alleen als de selectie "
            "niet meer bestaat."
        ),
    )
    language = models.CharField(
        _("taal"),
        max_length=2,
        choices=Language.choices,
        default=Language.DUTCH,
        help_text=_("De taal van de site bij het aanmelden; de mails komen in die taal."),
    )
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    created_at = models.DateTimeField(_("aangemaakt"), auto_now_add=True)
    confirmation_sent_at = models.DateTimeField(_("bevestigingsmail verstuurd"), null=True)
    confirmed_at = models.DateTimeField(_("bevestigd"), null=True, blank=True)
    checked_at = models.DateTimeField(
        _("laatst nagekeken"),
        null=True,
        blank=True,
        help_text=_("Wanneer het overzicht voor het laatst aan de beurt was (ook zonder mail)."),
    )
    last_sent_at = models.DateTimeField(_("laatste overzicht verstuurd"), null=True, blank=True)
    broken_at = models.DateTimeField(
        _("vervallen"),
        null=True,
        blank=True,
        help_text=_(
            "Wanneer bleek dat de selectie niet meer bestaat (een filterwaarde of onderwerp "
            "verdween). Daarna gaan er geen overzichten meer uit; de aanmelder kreeg er één "
            "mail over."
        ),
    )

    class Meta:
        verbose_name = _("e-mailattendering")
        verbose_name_plural = _("e-mailattenderingen")
        ordering = ["email", "created_at", "pk"]
        indexes = [models.Index(fields=["email"]), models.Index(fields=["confirmed_at"])]

    def __str__(self):
        return f"{self.label} ({self.get_frequency_display()})"

    @property
    def is_confirmed(self):
        return self.confirmed_at is not None

    @property
    def is_broken(self):
        return self.broken_at is not None


class AlertDigest(models.Model):
    """One digest mailed for an alert: when, over which period, how many items."""

    alert = models.ForeignKey(Alert, on_delete=models.CASCADE, related_name="digests")
    sent_at = models.DateTimeField(_("verstuurd"))
    since = models.DateTimeField(_("wijzigingen vanaf"))
    item_count = models.PositiveIntegerField(_("aantal items"))

    class Meta:
        verbose_name = _("verstuurd overzicht")
        verbose_name_plural = _("verstuurde overzichten")
        ordering = ["-sent_at", "-pk"]

    def __str__(self):
        return f"{self.alert_id} @ {self.sent_at:%Y-%m-%d}"
