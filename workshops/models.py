"""Werkplaatsen (research workplaces), their sessions and the findings of each session."""

from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

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
    Orderable,
    PreviewableMixin,
    RevisionMixin,
    WorkflowMixin,
)
from wagtail.search import index

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from taggit.models import TaggedItemBase

from jos_portal.taxonomy.english import EnglishMixin, english_panel, english_search_fields
from jos_portal.taxonomy.forms import ControlledTopicsForm
from jos_portal.taxonomy.models import FACTOR_KIND_PLURALS, RESTRICTED_RICH_TEXT, Organisation
from jos_portal.taxonomy.panels import record_tabs
from jos_portal.taxonomy.provenance import ProvenanceMixin, provenance_panel
from jos_portal.taxonomy.review import ReviewDateMixin, ReviewedOnPublishMixin

PARTICIPANT_ROLES = [
    ("docenten", _("docenten")),
    ("jongerenwerkers", _("jongerenwerkers")),
    ("zorgcoordinatoren", _("zorgcoördinatoren")),
    ("schoolleiding", _("schoolleiding")),
    ("beleidsmedewerkers", _("beleidsmedewerkers")),
    ("leerlingen", _("leerlingen")),
    ("onderzoekers", _("onderzoekers")),
]


class WorkplaceTag(TaggedItemBase):
    content_object = ParentalKey(
        "workshops.Workplace", on_delete=models.CASCADE, related_name="tagged_items"
    )


class Workplace(index.Indexed, ProvenanceMixin, ReviewDateMixin, EnglishMixin, ClusterableModel):
    """A werkplaats: a city where existing collaborations were studied."""

    dutch_summary_field = "research_question"

    base_form_class = ControlledTopicsForm

    name = models.CharField(_("naam"), max_length=120, unique=True)
    slug = models.SlugField(_("slug"), max_length=60, unique=True)
    municipality = models.ForeignKey(
        "taxonomy.Municipality",
        verbose_name=_("gemeente"),
        on_delete=models.PROTECT,
        related_name="workplaces",
    )
    research_question = models.TextField(
        _("wat werd onderzocht"),
        help_text=_(
            "In een of twee zinnen wat deze werkplaats onderzocht, zoals een openbare bron het "
            "zegt. Geen onderzoeksvraag in eigen woorden als de bron die niet noemt."
        ),
    )
    start_date = models.DateField(_("begin"))
    end_date = models.DateField(_("einde"), null=True, blank=True)
    description = RichTextField(_("beschrijving"), features=RESTRICTED_RICH_TEXT)
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("afbeelding"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    image_alt = models.CharField(_("alternatieve tekst"), max_length=250, blank=True)
    tags = ClusterTaggableManager(through=WorkplaceTag, blank=True, verbose_name=_("onderwerpen"))

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("municipality"),
        FieldPanel("research_question"),
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
        FieldPanel("description"),
        InlinePanel("partners", label=_("Partner"), heading=_("Partners")),
        MultiFieldPanel([FieldPanel("image"), FieldPanel("image_alt")], heading=_("Afbeelding")),
        FieldPanel("tags"),
        english_panel(),
        provenance_panel("last_reviewed"),
    ]
    search_fields = [
        index.SearchField("name", boost=3),
        index.SearchField("research_question"),
        index.SearchField("description"),
        *english_search_fields(),
        index.AutocompleteField("name"),
    ]

    class Meta:
        verbose_name = _("werkplaats")
        verbose_name_plural = _("werkplaatsen")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("workshops:workplace", kwargs={"slug": self.slug})

    def clean(self):
        super().clean()
        if self.end_date and self.start_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("Het einde ligt voor het begin.")})


class WorkplacePartner(Orderable):
    workplace = ParentalKey(Workplace, on_delete=models.CASCADE, related_name="partners")
    organisation = models.ForeignKey(
        "taxonomy.Organisation",
        verbose_name=_("organisatie"),
        on_delete=models.PROTECT,
        related_name="workplace_roles",
    )
    role = models.CharField(_("rol"), max_length=20, choices=Organisation.Kind.choices)

    panels = [FieldRowPanel([FieldPanel("organisation"), FieldPanel("role")])]

    class Meta(Orderable.Meta):
        verbose_name = _("partner")
        verbose_name_plural = _("partners")

    def __str__(self):
        return str(self.organisation)


class SessionTag(TaggedItemBase):
    content_object = ParentalKey(
        "workshops.Session", on_delete=models.CASCADE, related_name="tagged_items"
    )


class SessionQuerySet(models.QuerySet):
    def published(self):
        return self.filter(live=True)


class Session(
    ReviewedOnPublishMixin,
    WorkflowMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    PreviewableMixin,
    index.Indexed,
    ProvenanceMixin,
    ReviewDateMixin,
    EnglishMixin,
    ClusterableModel,
):
    """One meeting, interview, focus group or observation of a werkplaats."""

    base_form_class = ControlledTopicsForm

    class Format(models.TextChoices):
        # Context: the same Dutch word is also the name of an event record (events app).
        MEETING = "bijeenkomst", pgettext_lazy("vorm van een werkplaatssessie", "bijeenkomst")
        INTERVIEW = "interview", _("interview")
        FOCUS_GROUP = "focusgroep", _("focusgroep")
        OBSERVATION = "observatie", _("observatie")

    workplace = models.ForeignKey(
        Workplace, verbose_name=_("werkplaats"), on_delete=models.PROTECT, related_name="sessions"
    )
    date = models.DateField(_("datum"))
    title = models.CharField(_("titel"), max_length=200)
    slug = models.SlugField(
        _("slug"), max_length=100, help_text=_("Uniek binnen de werkplaats; deel van het adres.")
    )
    format = models.CharField(_("vorm"), max_length=20, choices=Format.choices)
    summary = RichTextField(_("samenvatting"), features=RESTRICTED_RICH_TEXT)
    docenten = models.PositiveSmallIntegerField(_("docenten"), default=0)
    jongerenwerkers = models.PositiveSmallIntegerField(_("jongerenwerkers"), default=0)
    zorgcoordinatoren = models.PositiveSmallIntegerField(_("zorgcoördinatoren"), default=0)
    schoolleiding = models.PositiveSmallIntegerField(_("schoolleiding"), default=0)
    beleidsmedewerkers = models.PositiveSmallIntegerField(_("beleidsmedewerkers"), default=0)
    leerlingen = models.PositiveSmallIntegerField(_("leerlingen"), default=0)
    onderzoekers = models.PositiveSmallIntegerField(_("onderzoekers"), default=0)
    tags = ClusterTaggableManager(through=SessionTag, blank=True, verbose_name=_("onderwerpen"))

    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="session")
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="session",
        for_concrete_model=False,
    )

    objects = SessionQuerySet.as_manager()

    edit_handler = record_tabs(
        content=[
            FieldPanel("workplace"),
            TitleFieldPanel("title"),
            FieldPanel("slug"),
            FieldRowPanel([FieldPanel("date"), FieldPanel("format")]),
            FieldPanel("summary"),
            english_panel(),
            InlinePanel(
                "findings",
                label=_("Bevinding"),
                heading=_("Bevindingen"),
                help_text=_(
                    "Per factor wat de sessie liet zien. Ontbreekt een factor? Maak hem aan in "
                    "de kiezer; de sessie blijft open."
                ),
            ),
        ],
        classification=[
            MultiFieldPanel(
                [FieldPanel(name) for name, _label in PARTICIPANT_ROLES],
                heading=_("Deelnemers per rol"),
                help_text=_("Hoeveel mensen van elke groep deden mee; 0 als er niemand was."),
            ),
            FieldPanel("tags"),
        ],
        contact_and_sources=[
            InlinePanel("documents", label=_("Document"), heading=_("Verslagen")),
        ],
        publishing=[provenance_panel("last_reviewed"), PublishingPanel()],
    )
    search_fields = [
        index.SearchField("title", boost=3),
        index.AutocompleteField("title"),
        index.SearchField("summary"),
        *english_search_fields(),
        index.RelatedFields("workplace", [index.SearchField("name")]),
        index.FilterField("live"),
    ]

    class Meta:
        verbose_name = _("werkplaatssessie")
        verbose_name_plural = _("werkplaatssessies")
        ordering = ["date", "title"]
        constraints = [
            models.UniqueConstraint(fields=["workplace", "slug"], name="session_unique_slug")
        ]

    def __str__(self):
        return f"{self.title} ({self.date:%d-%m-%Y})" if self.date else self.title

    def get_absolute_url(self):
        return reverse(
            "workshops:session",
            kwargs={"workplace": self.workplace.slug, "slug": self.slug},
        )

    def clean(self):
        super().clean()
        workplace = Workplace.objects.filter(pk=self.workplace_id).first()
        if workplace is not None and workplace.is_fictional and not self.is_fictional:
            raise ValidationError(
                {
                    "is_fictional": _(
                        "Deze sessie hoort bij een fictieve werkplaats en is dus zelf ook een "
                        "fictief voorbeeld. Vink 'fictief voorbeeld' aan."
                    )
                }
            )

    @property
    def participants(self):
        """(label, count) of the roles that took part."""
        return [
            (label, getattr(self, name)) for name, label in PARTICIPANT_ROLES if getattr(self, name)
        ]

    @property
    def participant_total(self):
        return sum(getattr(self, name) for name, _label in PARTICIPANT_ROLES)

    def get_preview_template(self, request, mode_name):
        return "workshops/session_detail.html"

    def get_preview_context(self, request, mode_name):
        return {
            "session": self,
            "workplace": self.workplace,
            "groups": findings_by_kind(self.findings.all()),
        }


def findings_by_kind(findings):
    """[(kind, label, [finding, ...]), ...]: randvoorwaarden, succesfactoren, valkuilen."""
    groups = []
    for kind, label in FACTOR_KIND_PLURALS:
        items = [f for f in findings if f.factor.kind == kind]
        if items:
            groups.append((kind, label, items))
    return groups


class Finding(Orderable):
    """What a session observed about one factor."""

    class Strength(models.TextChoices):
        MENTIONED = "genoemd", _("genoemd")
        REPEATED = "herhaald", _("herhaald bevestigd")
        STRONG = "sterk", _("sterk")

    session = ParentalKey(Session, on_delete=models.CASCADE, related_name="findings")
    factor = models.ForeignKey(
        "taxonomy.Factor",
        verbose_name=_("factor"),
        on_delete=models.PROTECT,
        related_name="findings",
    )
    observation = RichTextField(_("waarneming"), features=RESTRICTED_RICH_TEXT)
    quote = models.TextField(
        _("citaat (geanonimiseerd)"),
        blank=True,
        help_text=_("Zonder naam; hooguit de rol, bijv. 'een docent'."),
    )
    strength = models.CharField(
        _("sterkte"), max_length=10, choices=Strength.choices, default=Strength.MENTIONED
    )

    panels = [
        FieldPanel("factor"),
        FieldPanel("observation"),
        FieldPanel("quote"),
        FieldPanel("strength"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("bevinding")
        verbose_name_plural = _("bevindingen")

    def __str__(self):
        return f"{self.factor} ({self.get_strength_display()})"


class SessionDocument(Orderable):
    session = ParentalKey(Session, on_delete=models.CASCADE, related_name="documents")
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    title = models.CharField(_("linktekst"), max_length=200, blank=True)

    panels = [FieldRowPanel([FieldPanel("document"), FieldPanel("title")])]

    class Meta(Orderable.Meta):
        verbose_name = _("verslag")
        verbose_name_plural = _("verslagen")

    def __str__(self):
        return self.title or str(self.document)
