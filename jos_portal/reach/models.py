"""The reach figures: how often each public record was read or downloaded, per day.

One row per day, kind (view or download), record, region and referring domain, with a
count. Nothing in a row points to a visitor: no address, no cookie, no browser, no time
of day, no page the visitor came from beyond its domain.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

# Referrer values that are not a domain (a host name never holds parentheses).
DIRECT = "(direct)"
INTERNAL = "(intern)"
OTHER = "(overig)"


class Kind(models.TextChoices):
    VIEW = "view", _("weergave")
    DOWNLOAD = "download", _("download")


class DailyCount(models.Model):
    """How many times one record was viewed (or downloaded) on one day, in one region,
    coming from one referring domain."""

    day = models.DateField(_("dag"))
    kind = models.CharField(_("soort"), max_length=10, choices=Kind.choices)
    record_type = models.CharField(
        _("soort record"), max_length=100, help_text=_("Bijv. practices.practice.")
    )
    record_id = models.PositiveBigIntegerField(_("record-id"))
    region = models.CharField(
        _("regio"), max_length=100, blank=True, help_text=_("Slug van de provincie; leeg: geen.")
    )
    referrer = models.CharField(
        _("verwijzend domein"),
        max_length=253,
        help_text=_("Domeinnaam, of (direct), (intern) of (overig)."),
    )
    count = models.PositiveIntegerField(_("aantal"), default=0)

    class Meta:
        verbose_name = _("bereik per dag")
        verbose_name_plural = _("bereik per dag")
        ordering = ["-day", "record_type", "record_id"]
        constraints = [
            models.UniqueConstraint(
                fields=["day", "kind", "record_type", "record_id", "region", "referrer"],
                name="reach_daily_count_unique",
            )
        ]
        indexes = [models.Index(fields=["record_type", "record_id"], name="reach_record")]

    def __str__(self):
        return f"{self.day} {self.kind} {self.record_type}:{self.record_id} ({self.count})"


class AppliedBatch(models.Model):
    """A buffer of counts that is in the table already: a flush that finds it again (after
    a crash between the database commit and clearing the buffer) skips it."""

    batch = models.CharField(_("partij"), max_length=64, unique=True)
    applied_at = models.DateTimeField(_("verwerkt op"), auto_now_add=True)

    class Meta:
        verbose_name = _("verwerkte partij tellingen")
        verbose_name_plural = _("verwerkte partijen tellingen")
        ordering = ["-applied_at"]

    def __str__(self):
        return self.batch
