"""Practice examples: documented collaborations between a school and youth work."""

from contextvars import ContextVar

from django import forms
from django.contrib.contenttypes.fields import GenericRelation
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models, transaction
from django.db.models.signals import post_delete
from django.dispatch import receiver
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    PublishingPanel,
    TitleFieldPanel,
)
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    Orderable,
    PreviewableMixin,
    RevisionMixin,
    WorkflowMixin,
)
from wagtail.search import index

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from taggit.models import TaggedItemBase

from jos_portal.taxonomy.forms import ControlledTopicsForm
from jos_portal.taxonomy.models import RESTRICTED_RICH_TEXT, Organisation
from jos_portal.taxonomy.panels import (
    ReadOnlyPanel,
    ShownWhenPanel,
    factors_panel,
    record_tabs,
)
from jos_portal.taxonomy.provenance import ProvenanceMixin, provenance_panel
from jos_portal.taxonomy.review import ReviewedOnPublishMixin
from jos_portal.taxonomy.widgets import FilterableCheckboxSelectMultiple

SUMMARY_MAX_LENGTH = 300
FACET_VERSION_KEY = "practices:facets:version"
# The fields the derived coverage is computed from.
COVERAGE_SOURCES = {"municipality", "extra_municipalities"}
# Set by the bulk import (practices/imports.py) while its transaction runs: it indexes its
# practices for search in one go afterwards, instead of once per save inside it.
search_index_deferred = ContextVar("practices_search_index_deferred", default=False)


def invalidate_facet_cache():
    """Make every cached facet count stale (a practice was saved, published or deleted)."""
    try:
        cache.incr(FACET_VERSION_KEY)
    except ValueError:
        cache.set(FACET_VERSION_KEY, 1, None)


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
    DESCRIBED = "beschreven", _("beschreven")
    WORKPLACE = "werkplaats", _("onderzocht in een werkplaats")
    EVALUATED = "geevalueerd", _("geëvalueerd")


class Source(models.TextChoices):
    EDITORS = "redactie", _("redactie")
    PUBLIC_FORM = "aanmelding", _("aanmeldformulier")


class PracticeTag(TaggedItemBase):
    """Topic tags on practices (the shared pool)."""

    content_object = ParentalKey(
        "practices.Practice", on_delete=models.CASCADE, related_name="tagged_items"
    )


def came_in_as_submission(practice):
    """The submission details belong on practices from the public form (and on any record
    where one of them was filled in, so that a save never empties them)."""
    return practice.source != Source.EDITORS or bool(
        practice.submitted_at or practice.submitted_organisations or practice.possible_duplicate_id
    )


class PracticeQuerySet(models.QuerySet):
    def published(self):
        """What the public may see: live records only."""
        return self.filter(live=True)

    def for_cards(self):
        """Everything a list card shows, in a fixed number of queries."""
        return self.select_related("municipality__province", "image").prefetch_related(
            "school_types", "tags"
        )


class Practice(
    ReviewedOnPublishMixin,
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    PreviewableMixin,
    index.Indexed,
    ProvenanceMixin,
    ClusterableModel,
):
    """A practice example (praktijkvoorbeeld) of a school + youth-work collaboration."""

    base_form_class = ControlledTopicsForm

    title = models.CharField(_("titel"), max_length=200)
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        unique=True,
        help_text=_("Het laatste deel van het webadres, bijv. 'jongerenwerker-in-de-pauze'."),
    )
    summary = models.TextField(
        _("samenvatting"),
        max_length=SUMMARY_MAX_LENGTH,
        help_text=_(
            "Twee of drie zinnen (max. 300 tekens) voor de kaart in de lijst en voor zoekmachines."
        ),
    )
    goal = RichTextField(
        _("doel"), features=RESTRICTED_RICH_TEXT, help_text=_("Wat wil de samenwerking bereiken?")
    )
    approach = RichTextField(
        _("aanpak"),
        features=RESTRICTED_RICH_TEXT,
        help_text=_("Wat doen school en jongerenwerk, wie doet wat?"),
    )
    results = RichTextField(
        _("resultaten"),
        features=RESTRICTED_RICH_TEXT,
        blank=True,
        help_text=_("Wat heeft het opgeleverd?"),
    )
    lessons = RichTextField(
        _("lessen"),
        features=RESTRICTED_RICH_TEXT,
        blank=True,
        help_text=_("Wat zouden de betrokkenen een ander aanraden, wat zouden ze anders doen?"),
    )
    collaboration_type = models.CharField(
        _("soort samenwerking"),
        max_length=20,
        choices=CollaborationType.choices,
        help_text=_("Werkt het jongerenwerk in de school, vanuit de wijk, of allebei?"),
    )
    stage = models.CharField(
        _("fase"),
        max_length=20,
        choices=Stage.choices,
        help_text=_(
            "Hoe ver is de samenwerking? Kies 'afgerond' als ze gestopt of klaar is; de "
            "status volgt hieruit."
        ),
    )
    municipality = models.ForeignKey(
        "taxonomy.Municipality",
        verbose_name=_("gemeente"),
        on_delete=models.PROTECT,
        related_name="practices",
        help_text=_("Waar de samenwerking plaatsvindt; provincie en regio's volgen hieruit."),
    )
    extra_municipalities = ParentalManyToManyField(
        "taxonomy.Municipality",
        verbose_name=_("andere gemeenten"),
        blank=True,
        related_name="regional_practices",
        help_text=_("Alleen voor regionale samenwerkingen die meer gemeenten beslaan."),
    )
    coverage = models.ManyToManyField(
        "taxonomy.Municipality",
        verbose_name=_("gemeenten (afgeleid)"),
        related_name="covering_practices",
        editable=False,
        help_text=_("De gemeente en de andere gemeenten samen; bijgewerkt bij opslaan."),
    )
    school_types = ParentalManyToManyField(
        "taxonomy.SchoolType",
        verbose_name=_("schooltypen"),
        blank=True,
        related_name="practices",
        help_text=_("Op welke soorten scholen de samenwerking draait. Kies er één of meer."),
    )
    target_groups = ParentalManyToManyField(
        "taxonomy.TargetGroup",
        verbose_name=_("doelgroepen"),
        blank=True,
        related_name="practices",
        help_text=_("Voor wie de aanpak bedoeld is, bijvoorbeeld leerlingen van 12 tot 16 jaar."),
    )
    factors = ParentalManyToManyField(
        "taxonomy.Factor",
        verbose_name=_("factoren"),
        blank=True,
        related_name="practices",
        help_text=_("Randvoorwaarden, succesfactoren en valkuilen die dit voorbeeld laat zien."),
    )
    tags = ClusterTaggableManager(
        through=PracticeTag,
        blank=True,
        verbose_name=_("onderwerpen"),
        help_text=_(
            "Waar het voorbeeld over gaat, zoals 'schoolverzuim' of 'mentaal welzijn'. Bezoekers "
            "vinden het voorbeeld onder elk onderwerp. Scheid onderwerpen met een komma."
        ),
    )
    start_year = models.PositiveSmallIntegerField(
        _("startjaar"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1950), MaxValueValidator(2100)],
        help_text=_("Het jaar waarin de samenwerking begon, bijvoorbeeld 2023. Mag leeg blijven."),
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=Status.choices,
        default=Status.ONGOING,
        editable=False,
        help_text=_("Volgt uit de fase: 'afgerond' alleen bij de fase 'afgerond'."),
    )
    evidence_level = models.CharField(
        _("onderbouwing"),
        max_length=20,
        choices=EvidenceLevel.choices,
        default=EvidenceLevel.DESCRIBED,
        help_text=_(
            "Beschreven door de betrokkenen, onderzocht in een werkplaats, of geëvalueerd."
        ),
    )
    evidence_link_text = models.CharField(
        _("tekst van de link naar de evaluatie"),
        max_length=200,
        blank=True,
        help_text=_("Bijvoorbeeld de titel van het evaluatierapport."),
    )
    evidence_url = models.URLField(
        _("link naar de evaluatie"),
        blank=True,
        help_text=_("Het webadres van het rapport of de evaluatie, beginnend met https://."),
    )
    contact_name = models.CharField(
        _("naam contactpersoon"),
        max_length=120,
        blank=True,
        help_text=_("Wie vragen over de aanpak beantwoordt. Alleen zichtbaar met toestemming."),
    )
    contact_role = models.CharField(_("functie"), max_length=120, blank=True)
    contact_organisation = models.CharField(_("organisatie"), max_length=200, blank=True)
    contact_email = models.EmailField(_("e-mailadres"), blank=True)
    contact_phone = models.CharField(_("telefoonnummer"), max_length=30, blank=True)
    contact_consent = models.BooleanField(
        _("toestemming om contactgegevens te tonen"),
        default=False,
        help_text=_(
            "Alleen aanvinken als de contactpersoon schriftelijk heeft ingestemd. Zonder "
            "vinkje tonen we geen naam, e-mail of telefoonnummer."
        ),
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("afbeelding"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Een foto of illustratie bij het voorbeeld. Alleen beelden die we mogen gebruiken, "
            "zonder herkenbare leerlingen zonder hun toestemming."
        ),
    )
    image_alt = models.CharField(
        _("alternatieve tekst"),
        max_length=250,
        blank=True,
        help_text=_("Wat de afbeelding laat zien, voor wie haar niet kan zien."),
    )
    last_reviewed = models.DateField(
        _("laatst gecontroleerd"),
        null=True,
        blank=True,
        help_text=_("Wanneer de redactie de gegevens voor het laatst heeft nagelopen."),
    )
    summary_en = models.TextField(
        _("Engelse samenvatting"),
        max_length=SUMMARY_MAX_LENGTH,
        blank=True,
        help_text=_("Optioneel; getoond in de Engelse interface."),
    )
    created_at = models.DateTimeField(_("aangemaakt"), default=timezone.now, editable=False)
    source = models.CharField(
        _("bron"),
        max_length=20,
        choices=Source.choices,
        default=Source.EDITORS,
        help_text=_("Door de redactie ingevoerd of via het openbare aanmeldformulier."),
    )
    submitted_at = models.DateTimeField(
        _("aangemeld op"),
        null=True,
        blank=True,
        help_text=_("Wanneer het voorbeeld via het aanmeldformulier binnenkwam."),
    )
    submitted_organisations = models.TextField(
        _("organisaties volgens de aanmelder"),
        blank=True,
        help_text=_(
            "Zoals de aanmelder ze opgaf. Koppel ze hierboven aan de organisatielijst; dit "
            "veld wordt niet getoond op de site."
        ),
    )
    possible_duplicate = models.ForeignKey(
        "self",
        verbose_name=_("mogelijk dubbel met"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Bij het aanmelden gevonden: een voorbeeld met dezelfde titel, of met dezelfde "
            "school in dezelfde gemeente. Kijk of het om dezelfde samenwerking gaat; is het "
            "een ander voorbeeld, maak dit veld dan leeg."
        ),
    )

    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="practice")
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="practice",
        for_concrete_model=False,
    )

    objects = PracticeQuerySet.as_manager()

    edit_handler = record_tabs(
        content=[
            TitleFieldPanel("title"),
            FieldPanel("slug"),
            FieldPanel("summary"),
            MultiFieldPanel(
                [
                    FieldPanel("goal"),
                    FieldPanel("approach"),
                    FieldPanel("results"),
                    FieldPanel("lessons"),
                ],
                heading=_("Beschrijving"),
            ),
            MultiFieldPanel(
                [FieldPanel("image"), FieldPanel("image_alt")], heading=_("Afbeelding")
            ),
            FieldPanel("summary_en"),
        ],
        classification=[
            MultiFieldPanel(
                [
                    FieldRowPanel([FieldPanel("collaboration_type"), FieldPanel("stage")]),
                    FieldPanel("start_year"),
                    FieldPanel("municipality"),
                    FieldPanel("extra_municipalities", widget=FilterableCheckboxSelectMultiple),
                ],
                heading=_("Samenwerking en plaats"),
            ),
            InlinePanel(
                "organisations", label=_("Organisatie"), heading=_("Betrokken organisaties")
            ),
            MultiFieldPanel(
                [
                    FieldPanel("school_types", widget=forms.CheckboxSelectMultiple),
                    FieldPanel("target_groups", widget=forms.CheckboxSelectMultiple),
                    FieldPanel("tags"),
                ],
                heading=_("Voor wie en waarover"),
            ),
            factors_panel(),
        ],
        contact_and_sources=[
            MultiFieldPanel(
                [
                    FieldPanel("contact_consent"),
                    FieldPanel("contact_name"),
                    FieldPanel("contact_role"),
                    FieldPanel("contact_organisation"),
                    FieldPanel("contact_email"),
                    FieldPanel("contact_phone"),
                ],
                heading=_("Contactpersoon"),
            ),
            MultiFieldPanel(
                [
                    FieldPanel("evidence_level"),
                    FieldPanel("evidence_link_text"),
                    FieldPanel("evidence_url"),
                ],
                heading=_("Onderbouwing"),
            ),
            InlinePanel("links", label=_("Link"), heading=_("Links")),
            InlinePanel("documents", label=_("Document"), heading=_("Documenten")),
        ],
        publishing=[
            provenance_panel("last_reviewed"),
            ShownWhenPanel(
                [
                    ReadOnlyPanel("source"),
                    ReadOnlyPanel("submitted_at"),
                    FieldPanel("submitted_organisations"),
                    FieldPanel("possible_duplicate"),
                ],
                heading=_("Aanmelding"),
                condition=came_in_as_submission,
            ),
            PublishingPanel(),
        ],
    )

    search_fields = [
        index.SearchField("title", boost=3),
        index.AutocompleteField("title"),
        index.SearchField("summary", boost=2),
        index.SearchField("goal"),
        index.SearchField("approach"),
        index.SearchField("results"),
        index.SearchField("lessons"),
        index.RelatedFields(
            "municipality", [index.SearchField("name"), index.SearchField("common_name")]
        ),
        index.RelatedFields("tags", [index.SearchField("name")]),
        index.FilterField("live"),
    ]

    class Meta:
        verbose_name = _("praktijkvoorbeeld")
        verbose_name_plural = _("praktijkvoorbeelden")
        ordering = ["-first_published_at", "-created_at", "title"]
        indexes = [
            models.Index(fields=["live", "-first_published_at"], name="practice_live_newest"),
            models.Index(fields=["live", "title"], name="practice_live_title"),
            models.Index(fields=["live", "-last_reviewed"], name="practice_live_reviewed"),
            # The keys of the published practices alone: every count and facet joins on
            # them, and PostgreSQL reads them from this small index instead of scanning
            # the wide table (topic counts at 10,000 practices: 32 -> 15 ms).
            models.Index(fields=["id"], condition=models.Q(live=True), name="practice_live_ids"),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("practices:detail", kwargs={"slug": self.slug})

    def clean(self):
        super().clean()
        if self.evidence_link_text and not self.evidence_url:
            raise ValidationError({"evidence_url": _("Vul de link in bij de linktekst.")})

    def save(self, *args, **kwargs):
        # Stage and status cannot disagree: the status is derived, never edited.
        self.status = status_for_stage(self.stage)
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "stage" in update_fields:
            kwargs["update_fields"] = {*update_fields, "status"}
        super().save(*args, **kwargs)
        update_fields = kwargs.get("update_fields")
        # Saving a draft of a live practice writes only Wagtail's revision fields, while
        # this instance holds the draft's values: the coverage must stay with the row.
        if update_fields is None or COVERAGE_SOURCES & set(update_fields):
            self.update_coverage()
        invalidate_facet_cache()
        # Counts computed between this save and the commit saw the old rows: again after.
        transaction.on_commit(invalidate_facet_cache)

    def update_coverage(self):
        """Keep the derived coverage (main + extra municipalities) in step for filtering.

        Read from the stored row, never from values in memory: for a live practice the row
        is the published version, and a draft never changes what visitors see."""
        stored = Practice.objects.filter(pk=self.pk).values_list("municipality_id", flat=True)
        extra = Practice.extra_municipalities.through.objects.filter(practice_id=self.pk)
        self.coverage.set({*stored, *extra.values_list("municipality_id", flat=True)})

    def get_indexed_instance(self):
        return None if search_index_deferred.get() else self

    @property
    def province(self):
        return self.municipality.province

    @property
    def show_contact(self):
        return self.contact_consent and bool(self.contact_name or self.contact_email)

    # Preview renders the public template with the unsaved state.
    def get_preview_template(self, request, mode_name):
        return "practices/practice_detail.html"

    def get_preview_context(self, request, mode_name):
        return {"practice": self, "related": [], "is_preview": True}


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


@receiver(post_delete, sender=Practice, dispatch_uid="practices-deleted-facets")
def _practice_deleted(sender, **kwargs):
    """Every delete, also a bulk ``queryset.delete()`` (Wagtail's bulk action) that never
    calls ``Practice.delete``, makes the cached counts and search hits stale."""
    invalidate_facet_cache()
    transaction.on_commit(invalidate_facet_cache)


@register_setting(icon="list-ul")
class PracticeListSettings(BaseSiteSetting):
    """The editable introduction of the practice list (/praktijkvoorbeelden/)."""

    title = models.CharField(_("titel"), max_length=120, default="Praktijkvoorbeelden")
    intro = RichTextField(
        _("introductie"),
        features=RESTRICTED_RICH_TEXT,
        blank=True,
        help_text=_("Tekst boven de lijst: wat vindt de bezoeker hier en hoe zoekt hij?"),
    )

    panels = [FieldPanel("title"), FieldPanel("intro")]

    class Meta:
        verbose_name = _("lijst met praktijkvoorbeelden")
