"""What operations stores itself: the outcome of the external-link check."""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class CheckedLinkQuerySet(models.QuerySet):
    def broken(self):
        """Links that answered with an error status or did not answer at all."""
        return self.filter(Q(status_code__gte=400) | ~Q(error=""))


class CheckedLink(models.Model):
    """One external web address that published records link to, with its last check."""

    url = models.URLField(_("webadres"), max_length=2000, unique=True)
    status_code = models.PositiveSmallIntegerField(_("statuscode"), null=True, blank=True)
    error = models.CharField(_("fout"), max_length=300, blank=True)
    final_url = models.URLField(_("doorgestuurd naar"), max_length=2000, blank=True)
    checked_at = models.DateTimeField(_("laatst nagekeken"), null=True, blank=True)
    # [{"model": "practices.practice", "pk": "12", "title": "..."}, ...]
    used_by = models.JSONField(_("gebruikt in"), default=list, blank=True)

    objects = CheckedLinkQuerySet.as_manager()

    class Meta:
        verbose_name = _("gecontroleerde link")
        verbose_name_plural = _("gecontroleerde links")
        ordering = ["url"]
        indexes = [models.Index(fields=["checked_at"], name="checked_link_checked_at")]

    def __str__(self):
        return self.url

    @property
    def is_broken(self):
        return bool(self.error) or (self.status_code or 0) >= 400

    @property
    def outcome(self):
        """The status code or the error, as the report shows it."""
        if self.error:
            return self.error
        return str(self.status_code) if self.status_code else ""
