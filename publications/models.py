"""Publications of the programme: studies, guides, reports and articles."""

from django import forms
from django.contrib.contenttypes.fields import GenericRelation
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

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
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from taggit.models import TaggedItemBase

from jos_portal.taxonomy.english import EnglishMixin, english_panel, english_search_fields
from jos_portal.taxonomy.forms import ControlledTopicsForm
from jos_portal.taxonomy.models import RESTRICTED_RICH_TEXT
from jos_portal.taxonomy.panels import record_tabs
from jos_portal.taxonomy.provenance import ProvenanceMixin, provenance_panel
from jos_portal.taxonomy.review import ReviewDateMixin, ReviewedOnPublishMixin

from .citations import apa_html

DOI_VALIDATOR = RegexValidator(
    r"^10\.\d{4,9}/\S+$", _("Een DOI begint met 10. , bijv. 10.54431/jsi.661.")
)
ORCID_VALIDATOR = RegexValidator(
    r"^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$", _("Een ORCID heeft de vorm 0000-0002-1825-0097.")
)


class PublicationTag(TaggedItemBase):
    content_object = ParentalKey(
        "publications.Publication", on_delete=models.CASCADE, related_name="tagged_items"
    )


class PublicationQuerySet(models.QuerySet):
    def published(self):
        return self.filter(live=True)


class Publication(
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
    """A publication with its authors, chapters, key lessons and references."""

    base_form_class = ControlledTopicsForm

    class Kind(models.TextChoices):
        LITERATURE = "literatuurstudie", _("literatuurstudie")
        STEPS = "stappenplan", _("stappenplan")
        REPORT = "onderzoeksrapport", _("onderzoeksrapport")
        ARTICLE = "artikel", _("artikel")
        GUIDE = "handreiking", _("handreiking")
        FACTSHEET = "factsheet", _("factsheet")

    title = models.CharField(_("titel"), max_length=250)
    subtitle = models.CharField(_("ondertitel"), max_length=300, blank=True)
    title_is_descriptive = models.BooleanField(
        _("titel is een omschrijving"),
        default=False,
        help_text=_(
            "Aanvinken als de officiële titel (nog) niet bekend is; de titel wordt dan als "
            "omschrijving getoond en tussen [ ] geciteerd, zoals APA dat vraagt."
        ),
    )
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    kind = models.CharField(_("soort"), max_length=20, choices=Kind.choices)
    year = models.PositiveSmallIntegerField(
        _("jaar"), validators=[MinValueValidator(1900), MaxValueValidator(2100)]
    )
    publication_date = models.DateField(_("publicatiedatum"), null=True, blank=True)
    publisher = models.CharField(_("uitgever"), max_length=200, blank=True)
    commissioned_by = models.CharField(_("in opdracht van"), max_length=200, blank=True)
    journal = models.CharField(_("tijdschrift"), max_length=200, blank=True)
    volume = models.CharField(_("jaargang"), max_length=20, blank=True)
    issue = models.CharField(_("nummer"), max_length=20, blank=True)
    pages = models.CharField(_("pagina's"), max_length=20, blank=True, help_text=_("Bijv. 17-36."))
    summary = RichTextField(_("samenvatting"), features=RESTRICTED_RICH_TEXT)
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document (PDF)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    page_count = models.PositiveIntegerField(
        _("aantal pagina's"), null=True, blank=True, editable=False
    )
    external_url = models.URLField(_("externe link"), blank=True)
    doi = models.CharField(_("DOI"), max_length=100, blank=True, validators=[DOI_VALIDATOR])
    isbn = models.CharField(_("ISBN"), max_length=20, blank=True)
    licence = models.CharField(_("licentie"), max_length=100, blank=True)
    language = models.CharField(
        _("taal"),
        max_length=2,
        choices=[("nl", _("Nederlands")), ("en", _("Engels"))],
        default="nl",
    )
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("omslag"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    cover_alt = models.CharField(_("alternatieve tekst omslag"), max_length=250, blank=True)
    tags = ClusterTaggableManager(through=PublicationTag, blank=True, verbose_name=_("onderwerpen"))

    _revisions = GenericRelation("wagtailcore.Revision", related_query_name="publication")
    workflow_states = GenericRelation(
        "wagtailcore.WorkflowState",
        content_type_field="base_content_type",
        object_id_field="object_id",
        related_query_name="publication",
        for_concrete_model=False,
    )

    objects = PublicationQuerySet.as_manager()

    edit_handler = record_tabs(
        content=[
            TitleFieldPanel("title"),
            FieldPanel("subtitle"),
            FieldPanel("title_is_descriptive"),
            FieldPanel("slug"),
            FieldPanel("summary"),
            english_panel(),
            InlinePanel("key_lessons", label=_("Les"), heading=_("Belangrijkste lessen")),
            InlinePanel("chapters", label=_("Hoofdstuk"), heading=_("Hoofdstukken")),
            MultiFieldPanel(
                [FieldPanel("cover_image"), FieldPanel("cover_alt")], heading=_("Omslag")
            ),
        ],
        classification=[
            FieldRowPanel([FieldPanel("kind"), FieldPanel("year"), FieldPanel("publication_date")]),
            FieldPanel("tags"),
        ],
        contact_and_sources=[
            InlinePanel("authors", label=_("Auteur"), heading=_("Auteurs"), min_num=1),
            MultiFieldPanel(
                [
                    FieldPanel("publisher"),
                    FieldPanel("commissioned_by"),
                    FieldRowPanel(
                        [
                            FieldPanel("journal"),
                            FieldPanel("volume"),
                            FieldPanel("issue"),
                            FieldPanel("pages"),
                        ]
                    ),
                    FieldRowPanel([FieldPanel("doi"), FieldPanel("isbn")]),
                    FieldPanel("external_url"),
                    FieldRowPanel([FieldPanel("licence"), FieldPanel("language")]),
                ],
                heading=_("Bibliografische gegevens"),
            ),
            FieldPanel("document"),
            InlinePanel("references", label=_("Bron"), heading=_("Literatuurlijst")),
        ],
        publishing=[provenance_panel("last_reviewed"), PublishingPanel()],
    )
    search_fields = [
        index.SearchField("title", boost=3),
        index.SearchField("subtitle", boost=2),
        index.AutocompleteField("title"),
        index.SearchField("summary"),
        *english_search_fields(),
        index.RelatedFields("chapters", [index.SearchField("title")]),
        index.RelatedFields("authors", [index.SearchField("family_name")]),
        index.FilterField("live"),
    ]

    class Meta:
        verbose_name = _("publicatie")
        verbose_name_plural = _("publicaties")
        ordering = ["-year", "-publication_date", "title"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("publications:detail", kwargs={"slug": self.slug})

    @property
    def full_title(self):
        title = f"{self.title}: {self.subtitle}" if self.subtitle else self.title
        return f"[{title}]" if self.title_is_descriptive else title

    def save(self, *args, **kwargs):
        update_fields = kwargs.get("update_fields")
        # Derived from the document the row stores. Saving a draft of a live publication
        # writes only Wagtail's revision fields while this instance holds the draft's
        # document: that one is not public yet, so it is not read.
        if update_fields is None or {"document", "page_count"} & set(update_fields):
            self.page_count = pdf_page_count(self.document)
        super().save(*args, **kwargs)

    def get_preview_template(self, request, mode_name):
        return "publications/publication_detail.html"

    def get_preview_context(self, request, mode_name):
        authors = list(self.authors.all())
        return {
            "publication": self,
            "authors": authors,
            "apa_html": apa_html(self, authors),
            "is_preview": True,
        }


def pdf_page_count(document):
    """Pages of a PDF document, or None when there is none or it cannot be read."""
    if document is None or document.file_extension.lower() != "pdf":
        return None
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        with document.open_file() as handle:
            return len(PdfReader(handle).pages)
    except (OSError, PdfReadError, ValueError):
        return None


class Author(Orderable):
    """An author in citation order; a person or an organisation."""

    publication = ParentalKey(Publication, on_delete=models.CASCADE, related_name="authors")
    given_names = models.CharField(_("voornaam of voorletters"), max_length=100, blank=True)
    particle = models.CharField(
        _("tussenvoegsel"), max_length=20, blank=True, help_text=_("Bijv. van der.")
    )
    family_name = models.CharField(_("achternaam of organisatie"), max_length=150)
    is_organisation = models.BooleanField(_("is een organisatie"), default=False)
    affiliation = models.CharField(_("organisatie (affiliatie)"), max_length=200, blank=True)
    orcid = models.CharField(_("ORCID"), max_length=19, blank=True, validators=[ORCID_VALIDATOR])

    panels = [
        FieldRowPanel(
            [FieldPanel("given_names"), FieldPanel("particle"), FieldPanel("family_name")]
        ),
        FieldRowPanel(
            [FieldPanel("is_organisation"), FieldPanel("affiliation"), FieldPanel("orcid")]
        ),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("auteur")
        verbose_name_plural = _("auteurs")

    def __str__(self):
        return self.display_name

    @property
    def display_name(self):
        return " ".join(p for p in (self.given_names, self.particle, self.family_name) if p)


class KeyLesson(Orderable):
    publication = ParentalKey(Publication, on_delete=models.CASCADE, related_name="key_lessons")
    text = models.TextField(_("les"), max_length=500)

    panels = [FieldPanel("text")]

    class Meta(Orderable.Meta):
        verbose_name = _("les")
        verbose_name_plural = _("lessen")

    def __str__(self):
        return self.text[:60]


class Chapter(Orderable, ClusterableModel):
    publication = ParentalKey(Publication, on_delete=models.CASCADE, related_name="chapters")
    number = models.CharField(_("nummer"), max_length=10, blank=True)
    title = models.CharField(_("titel"), max_length=250)
    summary = models.TextField(_("samenvatting"), blank=True)
    factors = ParentalManyToManyField(
        "taxonomy.Factor", verbose_name=_("factoren"), blank=True, related_name="chapters"
    )
    pages = models.CharField(_("pagina's"), max_length=20, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("number"), FieldPanel("title"), FieldPanel("pages")]),
        FieldPanel("summary"),
        FieldPanel("factors", widget=forms.CheckboxSelectMultiple),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("hoofdstuk")
        verbose_name_plural = _("hoofdstukken")

    def __str__(self):
        return f"{self.number} {self.title}".strip()


class Reference(Orderable):
    publication = ParentalKey(Publication, on_delete=models.CASCADE, related_name="references")
    text = models.TextField(_("bronvermelding"))
    doi = models.CharField(_("DOI"), max_length=100, blank=True, validators=[DOI_VALIDATOR])
    url = models.URLField(_("link"), blank=True)

    panels = [FieldPanel("text"), FieldRowPanel([FieldPanel("doi"), FieldPanel("url")])]

    class Meta(Orderable.Meta):
        verbose_name = _("bron")
        verbose_name_plural = _("bronnen")

    def __str__(self):
        return self.text[:60]
