"""What the editors' side stores itself: when a review reminder went out for a record."""

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _


class ReviewReminder(models.Model):
    """The last reminder mail that named a record, so the next one waits its interval."""

    content_type = models.ForeignKey(
        ContentType, verbose_name=_("soort"), on_delete=models.CASCADE, related_name="+"
    )
    object_id = models.CharField(_("record"), max_length=64)
    sent_at = models.DateTimeField(_("verstuurd op"))
    recipient = models.EmailField(_("verstuurd aan"), blank=True)

    class Meta:
        verbose_name = _("herinnering om te controleren")
        verbose_name_plural = _("herinneringen om te controleren")
        ordering = ["-sent_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id"], name="review_reminder_unique_record"
            )
        ]

    def __str__(self):
        return f"{self.content_type.model} {self.object_id} ({self.sent_at:%Y-%m-%d})"
