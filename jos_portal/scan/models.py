"""The samenwerkingsscan: a Wagtail page with its statements, and frozen versions.

Why a page: editors get drafts, preview, revisions and scheduled publishing for the
intro, the explanations and the statement set (an orderable inline) without extra
machinery, and the scan lives at /samenwerkingsscan/ like any other page.

Why versions: a result code stores answers by position in the statement set, so a
shared link must keep meaning what it meant. Each time the page is published with a
different statement set, ScanVersion freezes that set as JSON under the next number;
old codes name their version and are scored against it. Drafts never create a version.
The steps, results and PDF are sub-routes of the page (see views.py).
"""

from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, transaction
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from modelcluster.fields import ParentalKey

from jos_portal.taxonomy.english import EnglishMixin, english_panel, english_search_fields
from jos_portal.taxonomy.models import RESTRICTED_RICH_TEXT, Factor

from . import views
from .scoring import GROUP_ORDER


class ScanPage(views.ScanRoutesMixin, RoutablePageMixin, EnglishMixin, Page):
    """The self-check for a school and its youth workers; one per site."""

    intro = RichTextField(
        _("introductie"),
        features=RESTRICTED_RICH_TEXT,
        help_text=_("Boven aan de scan: voor wie is hij, wat levert hij op, hoe lang duurt het?"),
    )
    explanation = RichTextField(
        _("uitleg"),
        features=RESTRICTED_RICH_TEXT,
        blank=True,
        help_text=_("Hoe werkt de scan en hoe lees je de uitslag? Staat onder de introductie."),
    )
    together = RichTextField(
        _("samen invullen"),
        features=RESTRICTED_RICH_TEXT,
        blank=True,
        help_text=_(
            "Uitleg over de scan samen invullen met school en jongerenwerk, en de "
            "uitslagen vergelijken. Leeg: een standaardtekst."
        ),
    )

    dutch_summary_field = "intro"
    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        english_panel(),
        MultiFieldPanel([FieldPanel("explanation"), FieldPanel("together")], heading=_("Uitleg")),
        InlinePanel(
            "statements",
            heading=_("Stellingen"),
            label=_("Stelling"),
            help_text=_(
                "Eén stelling per factor die in de scan hoort. Publiceren met een "
                "gewijzigde set maakt een nieuwe versie; oude uitslaglinks blijven werken."
            ),
        ),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro"), *english_search_fields()]

    parent_page_types = ["core.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("samenwerkingsscan")
        verbose_name_plural = _("samenwerkingsscans")

    def statement_snapshot(self):
        """The page's statements as a version stores them, grouped by factor kind."""
        rows = list(self.statements.all())
        factors = Factor.objects.in_bulk([row.factor_id for row in rows if row.factor_id])
        snapshot = []
        for row in sorted(rows, key=lambda r: r.sort_order if r.sort_order is not None else 0):
            factor = factors.get(row.factor_id)
            if factor is None:
                continue
            snapshot.append(
                {
                    "factor": factor.pk,
                    "slug": factor.slug,
                    "name": factor.name,
                    "kind": factor.kind,
                    "text": row.text,
                    "source": row.source,
                    "reversed": row.reversed,
                }
            )
        snapshot.sort(key=lambda s: GROUP_ORDER.index(s["kind"]))
        return snapshot

    def current_version(self):
        """The newest frozen statement set; made on first use for a page never published
        through the admin (e.g. created in code)."""
        version = self.versions.order_by("-number").first()
        if version is None:
            version = ScanVersion.freeze(self)
        return version


class ScanStatement(Orderable):
    """One statement of the scan, answered on a four-point scale."""

    page = ParentalKey(ScanPage, on_delete=models.CASCADE, related_name="statements")
    factor = models.ForeignKey(
        Factor,
        verbose_name=_("factor"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("De factor waar deze stelling over gaat; de soort bepaalt de stap."),
    )
    text = models.CharField(
        _("stelling"),
        max_length=300,
        help_text=_("Kort en in de wij-vorm, bijv. 'Er is op school één vaste contactpersoon'."),
    )
    source = models.CharField(
        _("bron"),
        max_length=200,
        blank=True,
        help_text=_(
            "Waar deze stelling op rust, bijv. 'Sarti, Manders & Metz (2019)'. Staat bij de "
            "stelling in de scan en de uitslag. Eén vraag per stelling: vraag niet twee "
            "dingen tegelijk."
        ),
    )
    reversed = models.BooleanField(
        _("omgekeerd scoren"),
        default=False,
        help_text=_(
            "Aanzetten bij valkuilen: 'helemaal mee eens' betekent dan dat de valkuil "
            "speelt en telt als zwak punt."
        ),
    )

    panels = [
        FieldPanel("factor"),
        FieldPanel("text"),
        FieldPanel("source"),
        FieldPanel("reversed"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("stelling")
        verbose_name_plural = _("stellingen")

    def __str__(self):
        return self.text

    def clean(self):
        super().clean()
        if self.reversed and self.factor_id and self.factor.kind != Factor.Kind.PITFALL:
            raise ValidationError(
                {"reversed": _("Alleen stellingen over een valkuil worden omgekeerd gescoord.")}
            )


class ScanVersion(models.Model):
    """A published statement set, frozen so that old result codes keep their meaning."""

    page = models.ForeignKey(
        ScanPage, verbose_name=_("scan"), on_delete=models.CASCADE, related_name="versions"
    )
    number = models.PositiveIntegerField(_("versienummer"), unique=True)
    statements = models.JSONField(_("stellingen"), default=list)
    created_at = models.DateTimeField(_("gemaakt op"), auto_now_add=True)

    class Meta:
        verbose_name = _("versie van de scan")
        verbose_name_plural = _("versies van de scan")
        ordering = ["-number"]

    def __str__(self):
        return _("versie %(number)s") % {"number": self.number}

    @classmethod
    def freeze(cls, page):
        """The version for the page's current statements: the newest one if the set is
        unchanged, otherwise a new one with the next number."""
        snapshot = page.statement_snapshot()
        for _attempt in range(3):
            latest = cls.objects.order_by("-number").first()
            if latest is not None and latest.page_id == page.pk and latest.statements == snapshot:
                return latest
            try:
                with transaction.atomic():
                    return cls.objects.create(
                        page=page,
                        number=(latest.number + 1) if latest else 1,
                        statements=snapshot,
                    )
            except IntegrityError:
                continue  # another request froze the same number first; look again
        raise RuntimeError("Kon geen nieuwe versie van de scan vastleggen.")


def snapshot_on_publish(sender, instance, **kwargs):
    """page_published: freeze the statement set if publishing changed it."""
    ScanVersion.freeze(instance)
