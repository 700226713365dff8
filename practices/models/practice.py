"""The practice record: a documented collaboration between a school and youth work."""

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
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    PublishingPanel,
    TitleFieldPanel,
)
from wagtail.fields import RichTextField
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    PreviewableMixin,
    RevisionMixin,
    WorkflowMixin,
)
from wagtail.search import index

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from taggit.models import TaggedItemBase

from jos_portal.taxonomy.english import EnglishMixin, english_panel, english_search_fields
from jos_portal.taxonomy.forms import ControlledTopicsForm
from jos_portal.taxonomy.models import RESTRICTED_RICH_TEXT
from jos_portal.taxonomy.panels import ReadOnlyPanel, ShownWhenPanel, factors_panel, record_tabs
from jos_portal.taxonomy.provenance import ProvenanceMixin, provenance_panel
from jos_portal.taxonomy.review import ReviewedOnPublishMixin
from jos_portal.taxonomy.widgets import FilterableCheckboxSelectMultiple

from .choices import (
    COST_BANDS,
    CollaborationType,
    Databank,
    EvidenceLevel,
    PreventionLevel,
    Recognition,
    Source,
    Stage,
    Status,
    euros,
    status_for_stage,
)
from .completeness import SECTIONS, CompletenessPanel

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
        """Everything a list card shows, in a fixed number of queries (the evaluations
        decide whether the evidence label may say "evaluated")."""
        return self.select_related("municipality__province", "image").prefetch_related(
            "school_types", "tags", "evaluations"
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
    EnglishMixin,
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
        _("herkomst van de kennis"),
        max_length=20,
        choices=EvidenceLevel.choices,
        default=EvidenceLevel.DESCRIBED,
        help_text=_(
            "Onze eigen schaal, geen officiële erkenning: beschreven door de praktijk, "
            "besproken in een werkplaats, of geëvalueerd met een rapport (vul dan de link in)."
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
    # Recognition by the Erkenningscommissie Interventies (the official scale).
    recognition = models.CharField(
        _("erkenning"),
        max_length=20,
        choices=Recognition.choices,
        blank=True,
        help_text=_(
            "Alleen invullen als de aanpak officieel erkend is door de Erkenningscommissie "
            "Interventies. Leeg: niet erkend."
        ),
    )
    recognition_date = models.DateField(
        _("datum erkenning"), null=True, blank=True, help_text=_("Wanneer de erkenning inging.")
    )
    recognition_valid_until = models.DateField(
        _("erkend tot"),
        null=True,
        blank=True,
        help_text=_("Tot wanneer de erkenning geldt. Moet na de datum van de erkenning liggen."),
    )
    recognition_databank = models.CharField(
        _("databank"),
        max_length=20,
        choices=Databank.choices,
        blank=True,
        help_text=_("In welke databank de erkende aanpak staat. Leeg: in geen databank."),
    )
    recognition_url = models.URLField(
        _("link naar de databank"),
        blank=True,
        help_text=_("Het webadres van de beschrijving in de databank, beginnend met https://."),
    )
    # Costs and capacity.
    youth_work_hours_per_week = models.DecimalField(
        _("uren jongerenwerk per week"),
        max_digits=5,
        decimal_places=1,
        null=True,
        blank=True,
        validators=[MinValueValidator(0), MaxValueValidator(1000)],
        help_text=_("Hoeveel uur jongerenwerk de aanpak per week vraagt, bijvoorbeeld 16."),
    )
    other_staff_time = models.CharField(
        _("inzet van anderen"),
        max_length=300,
        blank=True,
        help_text=_("Bijvoorbeeld 'mentor 1 uur per week, zorgcoördinator 2 uur per maand'."),
    )
    cost_per_year_from = models.PositiveIntegerField(
        _("kosten per jaar vanaf (euro)"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(10_000_000)],
        help_text=_("Hele euro's. Eén bedrag? Vul alleen dit veld in."),
    )
    cost_per_year_to = models.PositiveIntegerField(
        _("kosten per jaar tot (euro)"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(10_000_000)],
        help_text=_("Bovenkant van de schatting, als de kosten verschillen."),
    )
    costs_cover = models.TextField(
        _("wat de kosten dekken"),
        blank=True,
        help_text=_("Bijvoorbeeld uren jongerenwerk, materiaal, training of huur van een ruimte."),
    )
    funding_sources = ParentalManyToManyField(
        "practices.FundingSource",
        verbose_name=_("financiering"),
        blank=True,
        related_name="practices",
        help_text=_("Wie betaalt de aanpak? Kies er één of meer."),
    )
    duration_weeks = models.PositiveSmallIntegerField(
        _("duur in weken"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(520)],
        help_text=_("Hoe lang een ronde duurt. Leeg bij doorlopend werk."),
    )
    sessions = models.PositiveSmallIntegerField(
        _("aantal bijeenkomsten"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(1000)],
    )
    session_minutes = models.PositiveSmallIntegerField(
        _("minuten per bijeenkomst"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(1440)],
    )
    # Target group in detail.
    age_from = models.PositiveSmallIntegerField(
        _("leeftijd vanaf"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(99)],
        help_text=_("De jongste leeftijd waarvoor de aanpak bedoeld is."),
    )
    age_to = models.PositiveSmallIntegerField(
        _("leeftijd tot en met"),
        null=True,
        blank=True,
        validators=[MaxValueValidator(99)],
        help_text=_("De oudste leeftijd; niet lager dan 'leeftijd vanaf'."),
    )
    prevention_level = models.CharField(
        _("soort preventie"),
        max_length=20,
        choices=PreventionLevel.choices,
        blank=True,
        help_text=_(
            "Universeel: voor alle jongeren. Selectief: voor groepen met meer risico. "
            "Geïndiceerd: voor jongeren bij wie al iets speelt."
        ),
    )
    inclusion_criteria = models.TextField(
        _("voor wie precies"),
        blank=True,
        help_text=_("Wie doet mee en wie niet, bijvoorbeeld 'leerlingen met veel verzuim'."),
    )
    # Owner of the approach (licence, training, materials).
    owner_name = models.CharField(
        _("naam eigenaar"),
        max_length=120,
        blank=True,
        help_text=_("Wie de aanpak heeft ontwikkeld of de licentie heeft."),
    )
    owner_organisation = models.CharField(_("organisatie eigenaar"), max_length=200, blank=True)
    owner_contact = models.CharField(
        _("contact voor training of materiaal"),
        max_length=200,
        blank=True,
        help_text=_("Een e-mailadres of webadres."),
    )
    owner_consent = models.BooleanField(
        _("toestemming om eigenaar te tonen"),
        default=False,
        help_text=_(
            "Alleen aanvinken als de eigenaar heeft ingestemd. Zonder vinkje tonen we geen "
            "naam of contactgegevens van de eigenaar."
        ),
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
            InlinePanel(
                "working_elements",
                label=_("Werkzaam element"),
                heading=_("Werkzame elementen"),
                help_text=_(
                    "Korte zinnen: wat maakt dat de aanpak werkt? Koppel ze waar het past aan "
                    "een factor."
                ),
            ),
            MultiFieldPanel(
                [FieldPanel("image"), FieldPanel("image_alt")], heading=_("Afbeelding")
            ),
            english_panel(),
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
                    FieldRowPanel([FieldPanel("age_from"), FieldPanel("age_to")]),
                    FieldPanel("prevention_level"),
                    FieldPanel("inclusion_criteria"),
                    FieldPanel("tags"),
                ],
                heading=_("Voor wie en waarover"),
            ),
            MultiFieldPanel(
                [
                    FieldRowPanel(
                        [FieldPanel("youth_work_hours_per_week"), FieldPanel("other_staff_time")]
                    ),
                    FieldRowPanel(
                        [FieldPanel("cost_per_year_from"), FieldPanel("cost_per_year_to")]
                    ),
                    FieldPanel("costs_cover"),
                    FieldPanel("funding_sources", widget=forms.CheckboxSelectMultiple),
                    FieldRowPanel(
                        [
                            FieldPanel("duration_weeks"),
                            FieldPanel("sessions"),
                            FieldPanel("session_minutes"),
                        ]
                    ),
                ],
                heading=_("Kosten en inzet"),
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
                    FieldPanel("owner_consent"),
                    FieldPanel("owner_name"),
                    FieldPanel("owner_organisation"),
                    FieldPanel("owner_contact"),
                ],
                heading=_("Eigenaar van de aanpak"),
            ),
            MultiFieldPanel(
                [
                    FieldPanel("recognition"),
                    FieldRowPanel(
                        [FieldPanel("recognition_date"), FieldPanel("recognition_valid_until")]
                    ),
                    FieldPanel("recognition_databank"),
                    FieldPanel("recognition_url"),
                ],
                heading=_("Officiële erkenning"),
            ),
            MultiFieldPanel(
                [
                    FieldPanel("evidence_level"),
                    FieldPanel("evidence_link_text"),
                    FieldPanel("evidence_url"),
                ],
                heading=_("Herkomst van de kennis (eigen schaal)"),
            ),
            InlinePanel("evaluations", label=_("Onderzoek"), heading=_("Onderzoek en evaluaties")),
            InlinePanel("links", label=_("Link"), heading=_("Links")),
            InlinePanel("documents", label=_("Document"), heading=_("Documenten")),
        ],
        publishing=[
            CompletenessPanel(heading=_("Volledigheid")),
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
        *english_search_fields(),
        index.RelatedFields(
            "municipality", [index.SearchField("name"), index.SearchField("common_name")]
        ),
        index.RelatedFields("tags", [index.SearchField("name")]),
        # The databank details a professional searches for: what works in it, for whom,
        # and the research behind it.
        index.RelatedFields("working_elements", [index.SearchField("text")]),
        index.SearchField("inclusion_criteria"),
        index.RelatedFields(
            "evaluations", [index.SearchField("title"), index.SearchField("conducted_by")]
        ),
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
        errors = {}
        if self.evidence_link_text and not self.evidence_url:
            errors["evidence_url"] = _("Vul de link in bij de linktekst.")
        if (
            self.recognition_date
            and self.recognition_valid_until
            and self.recognition_valid_until <= self.recognition_date
        ):
            errors["recognition_valid_until"] = _(
                "De erkenning moet geldig zijn tot na de datum van de erkenning."
            )
        if (self.recognition_date or self.recognition_valid_until) and not self.recognition:
            errors["recognition"] = _("Kies de erkenning waar deze datum bij hoort.")
        if self.age_from is not None and self.age_to is not None and self.age_from > self.age_to:
            errors["age_to"] = _("De leeftijd 'tot en met' mag niet lager zijn dan 'vanaf'.")
        if (
            self.cost_per_year_from is not None
            and self.cost_per_year_to is not None
            and self.cost_per_year_from > self.cost_per_year_to
        ):
            errors["cost_per_year_to"] = _(
                "Het bedrag 'tot' mag niet lager zijn dan het bedrag 'vanaf'."
            )
        if errors:
            raise ValidationError(errors)

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

    @property
    def show_owner(self):
        return self.owner_consent and bool(
            self.owner_name or self.owner_organisation or self.owner_contact
        )

    @property
    def owner_contact_link(self):
        """A mailto: or web link for the owner's contact, or "" when it is neither."""
        contact = self.owner_contact.strip()
        if contact.startswith(("https://", "http://")):
            return contact
        if "@" in contact and " " not in contact and "/" not in contact and ":" not in contact:
            return f"mailto:{contact}"
        return ""

    @property
    def cost_band(self):
        """The CostBand of the yearly cost (upper bound, else the only amount), or ""."""
        amount = self.cost_per_year_to
        if amount is None:
            amount = self.cost_per_year_from
        if amount is None:
            return ""
        for band, (low, high) in COST_BANDS.items():
            if (low is None or amount >= low) and (high is None or amount < high):
                return band
        return ""

    def has_section(self, name):
        """Whether one of the databank sections holds anything (see SECTIONS)."""
        return SECTIONS[name][1](self)

    @property
    def empty_sections(self):
        """Labels of the databank sections still empty, for the admin."""
        return [str(label) for key, (label, test) in SECTIONS.items() if not test(self)]

    @property
    def is_evaluated(self):
        """Shown as "evaluated" only when an evaluation is on record (a research entry or
        the link to an evaluation report)."""
        return bool(self.evidence_url or (self.pk and self.evaluations.all()))

    @property
    def public_evidence_value(self):
        """The own-scale value as visitors see it (see public_evidence_level)."""
        if self.evidence_level == EvidenceLevel.EVALUATED and not self.is_evaluated:
            return EvidenceLevel.DESCRIBED.value
        return self.evidence_level

    @property
    def public_evidence_level(self):
        """The own-scale label as visitors see it: "evaluated" needs an evaluation."""
        if self.evidence_level == EvidenceLevel.EVALUATED and not self.is_evaluated:
            return EvidenceLevel.DESCRIBED.label
        return self.get_evidence_level_display()

    @property
    def recognition_display(self):
        """The official rating with its dates, e.g. "Goed beschreven (1-3-2024 tot 1-3-2029)"."""
        if not self.recognition:
            return ""
        dates = []
        if self.recognition_date:
            dates.append(_("sinds %(date)s") % {"date": date_format(self.recognition_date)})
        if self.recognition_valid_until:
            dates.append(
                _("geldig tot %(date)s") % {"date": date_format(self.recognition_valid_until)}
            )
        label = str(self.get_recognition_display())
        return f"{label} ({', '.join(str(d) for d in dates)})" if dates else label

    @property
    def age_display(self):
        if self.age_from is not None and self.age_to is not None:
            return _("%(low)d tot en met %(high)d jaar") % {
                "low": self.age_from,
                "high": self.age_to,
            }
        if self.age_from is not None:
            return _("vanaf %(low)d jaar") % {"low": self.age_from}
        if self.age_to is not None:
            return _("tot en met %(high)d jaar") % {"high": self.age_to}
        return ""

    @property
    def cost_display(self):
        low, high = self.cost_per_year_from, self.cost_per_year_to
        if low is not None and high is not None and low != high:
            return _("€ %(low)s tot € %(high)s per jaar") % {"low": euros(low), "high": euros(high)}
        amount = low if low is not None else high
        if amount is None:
            return ""
        if low is None:
            return _("tot € %(amount)s per jaar") % {"amount": euros(amount)}
        return _("€ %(amount)s per jaar") % {"amount": euros(amount)}

    @property
    def hours_display(self):
        if self.youth_work_hours_per_week is None:
            return ""
        hours = f"{self.youth_work_hours_per_week.normalize():f}".replace(".", ",")
        return _("%(hours)s uur per week") % {"hours": hours}

    @property
    def duration_display(self):
        """ "10 weken, 8 bijeenkomsten van 50 minuten"; the parts that are known."""
        parts = []
        if self.duration_weeks:
            parts.append(
                ngettext("%(n)d week", "%(n)d weken", self.duration_weeks)
                % {"n": self.duration_weeks}
            )
        if self.sessions:
            text = ngettext("%(n)d bijeenkomst", "%(n)d bijeenkomsten", self.sessions) % {
                "n": self.sessions
            }
            if self.session_minutes:
                text += " " + _("van %(n)d minuten") % {"n": self.session_minutes}
            parts.append(text)
        elif self.session_minutes:
            parts.append(_("%(n)d minuten per bijeenkomst") % {"n": self.session_minutes})
        return ", ".join(str(p) for p in parts)

    @property
    def funding_display(self):
        return ", ".join(f.name for f in self.funding_sources.all()) if self.pk else ""

    @property
    def working_elements_display(self):
        return "; ".join(w.text for w in self.working_elements.all()) if self.pk else ""

    @property
    def evaluations_display(self):
        return "; ".join(e.summary for e in self.evaluations.all()) if self.pk else ""

    @property
    def owner_display(self):
        """The owner for exports and compare: only with consent."""
        if not self.show_owner:
            return ""
        return ", ".join(
            part for part in (self.owner_name, self.owner_organisation, self.owner_contact) if part
        )

    # Preview renders the public template with the unsaved state.
    def get_preview_template(self, request, mode_name):
        return "practices/practice_detail.html"

    def get_preview_context(self, request, mode_name):
        return {"practice": self, "related": [], "is_preview": True}


@receiver(post_delete, sender=Practice, dispatch_uid="practices-deleted-facets")
def _practice_deleted(sender, **kwargs):
    """Every delete, also a bulk ``queryset.delete()`` (Wagtail's bulk action) that never
    calls ``Practice.delete``, makes the cached counts and search hits stale."""
    invalidate_facet_cache()
    transaction.on_commit(invalidate_facet_cache)
