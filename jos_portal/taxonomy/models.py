"""The shared vocabulary: topic tags, regions, school types, target groups,
organisations and the factor framework. Imports no domain app."""

from django.db import models
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.search import index

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from taggit.models import TaggedItemBase

RESTRICTED_RICH_TEXT = ["bold", "italic", "ol", "ul", "link"]


class SlugFromNameMixin:
    """Fill an empty slug from the name, so editors may leave it out."""

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.name)[:100]
        super().save(*args, **kwargs)


# Regions ------------------------------------------------------------------------


class Province(models.Model):
    """One of the twelve provinces, keyed on its CBS code (PV20-PV31)."""

    code = models.CharField(_("CBS-code"), max_length=4, unique=True, help_text=_("Bijv. PV30."))
    name = models.CharField(_("naam"), max_length=100, unique=True)
    slug = models.SlugField(_("slug"), max_length=100, unique=True)

    class Meta:
        verbose_name = _("provincie")
        verbose_name_plural = _("provincies")
        ordering = ["name"]

    def __str__(self):
        return self.name


class MunicipalityQuerySet(models.QuerySet):
    def in_province(self, province):
        return self.filter(province=province)

    def in_jeugdregio(self, code):
        return self.filter(jeugdregio_code=code)

    def named(self, text):
        """Municipalities whose CBS name or usual name is the text, or contains it when
        the text has at least three letters ("Den Haag" finds 's-Gravenhage)."""
        text = " ".join((text or "").split())
        if not text:
            return self.none()
        condition = models.Q(name__iexact=text) | models.Q(common_name__iexact=text)
        if len(text) >= 3:
            condition |= models.Q(name__icontains=text) | models.Q(common_name__icontains=text)
        return self.filter(condition)


class Municipality(index.Indexed, models.Model):
    """A current Dutch municipality with the regions CBS assigns it to.

    Filled by a data migration and kept current with ``manage.py import_regions``.
    """

    code = models.CharField(
        _("CBS-code"), max_length=6, unique=True, help_text=_("Gemeentecode, bijv. GM0855.")
    )
    name = models.CharField(_("naam"), max_length=100, help_text=_("De naam zoals CBS hem noemt."))
    common_name = models.CharField(
        _("gangbare naam"),
        max_length=100,
        blank=True,
        help_text=_(
            "Alleen als die anders is dan de CBS-naam, bijv. Den Haag voor 's-Gravenhage. "
            "Staat naast de CBS-naam en is ook vindbaar."
        ),
    )
    slug = models.SlugField(_("slug"), max_length=100, unique=True)
    province = models.ForeignKey(
        Province,
        verbose_name=_("provincie"),
        on_delete=models.PROTECT,
        related_name="municipalities",
    )
    source_year = models.PositiveSmallIntegerField(
        _("jaar CBS-tabel"),
        null=True,
        blank=True,
        help_text=_("Het jaar van de CBS-tabel 'Gebieden in Nederland' waaruit deze regel komt."),
    )
    jeugdregio_code = models.CharField(_("jeugdregio-code"), max_length=6, blank=True)
    jeugdregio_name = models.CharField(_("jeugdregio"), max_length=100, blank=True)
    ggd_code = models.CharField(_("GGD-regiocode"), max_length=6, blank=True)
    ggd_name = models.CharField(_("GGD-regio"), max_length=100, blank=True)
    corop_code = models.CharField(_("COROP-code"), max_length=6, blank=True)
    corop_name = models.CharField(_("COROP-gebied"), max_length=100, blank=True)
    veiligheidsregio_code = models.CharField(_("veiligheidsregiocode"), max_length=6, blank=True)
    veiligheidsregio_name = models.CharField(_("veiligheidsregio"), max_length=100, blank=True)

    objects = MunicipalityQuerySet.as_manager()

    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.SearchField("common_name"),
        index.AutocompleteField("common_name"),
        index.SearchField("code"),
        index.AutocompleteField("code"),
        index.FilterField("province"),
    ]

    class Meta:
        verbose_name = _("gemeente")
        verbose_name_plural = _("gemeenten")
        ordering = ["name"]

    def __str__(self):
        return self.display_name

    @property
    def display_name(self):
        """The usual name with the CBS name beside it when they differ:
        "Den Haag ('s-Gravenhage)"; otherwise the CBS name."""
        if self.common_name and self.common_name != self.name:
            return f"{self.common_name} ({self.name})"
        return self.name

    @property
    def source(self):
        """Where the region data comes from, for pages and the API."""
        return region_source(self.source_year)


REGION_SOURCE_TITLE = "CBS, Gebieden in Nederland"


def region_source(year):
    """{"title", "year"} of the CBS table the region data comes from; year None when an
    import did not say which year its table was."""
    return {"title": REGION_SOURCE_TITLE, "year": year}


# Vocabularies -------------------------------------------------------------------


class SchoolType(SlugFromNameMixin, models.Model):
    """A school type or level (praktijkonderwijs, vmbo-t, havo, mbo 2, ...)."""

    class Sector(models.TextChoices):
        PO = "po", _("primair onderwijs")
        SO = "so", _("speciaal onderwijs")
        VO = "vo", _("voortgezet onderwijs")
        VSO = "vso", _("voortgezet speciaal onderwijs")
        MBO = "mbo", _("middelbaar beroepsonderwijs")

    name = models.CharField(_("naam"), max_length=100, unique=True)
    slug = models.SlugField(_("slug"), max_length=100, unique=True, blank=True)
    sector = models.CharField(_("sector"), max_length=3, choices=Sector.choices)
    sort_order = models.PositiveSmallIntegerField(
        _("volgorde"), default=0, help_text=_("Lager getal staat eerder in lijsten en filters.")
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("sector"),
        FieldPanel("sort_order"),
    ]

    class Meta:
        verbose_name = _("schooltype")
        verbose_name_plural = _("schooltypen")
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


class TargetGroup(SlugFromNameMixin, models.Model):
    """Who a practice or publication is for or about (leerlingen, mentoren, ...)."""

    name = models.CharField(_("naam"), max_length=100, unique=True)
    slug = models.SlugField(_("slug"), max_length=100, unique=True, blank=True)
    sort_order = models.PositiveSmallIntegerField(_("volgorde"), default=0)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")]

    class Meta:
        verbose_name = _("doelgroep")
        verbose_name_plural = _("doelgroepen")
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


class Organisation(SlugFromNameMixin, index.Indexed, models.Model):
    """A school, youth-work organisation, municipality or knowledge institute."""

    class Kind(models.TextChoices):
        SCHOOL = "school", _("school")
        YOUTH_WORK = "jongerenwerk", _("jongerenwerk")
        MUNICIPALITY = "gemeente", _("gemeente")
        KNOWLEDGE = "kennisinstelling", _("kennisinstelling")
        COMPULSORY_EDUCATION = "leerplicht-rmc", _("leerplicht / RMC")
        NEIGHBOURHOOD_TEAM = "wijkteam", _("wijkteam")
        SCHOOL_SOCIAL_WORK = "smw", _("schoolmaatschappelijk werk")
        POLICE = "politie", _("wijkagent / politie")
        GGD = "ggd", _("GGD")
        OTHER = "anders", _("anders")

    name = models.CharField(_("naam"), max_length=200, unique=True)
    slug = models.SlugField(_("slug"), max_length=100, unique=True, blank=True)
    kind = models.CharField(_("soort"), max_length=20, choices=Kind.choices)
    municipality = models.ForeignKey(
        Municipality,
        verbose_name=_("gemeente"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="organisations",
        help_text=_("Vestigingsgemeente; leeg voor landelijke organisaties."),
    )
    website = models.URLField(_("website"), blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("kind"),
        FieldPanel("municipality"),
        FieldPanel("website"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        verbose_name = _("organisatie")
        verbose_name_plural = _("organisaties")
        ordering = ["name"]

    def __str__(self):
        return self.name


# Factor framework ---------------------------------------------------------------


class FactorTag(TaggedItemBase):
    """Topic tags on factors (the shared pool)."""

    content_object = ParentalKey(
        "taxonomy.Factor", on_delete=models.CASCADE, related_name="tagged_items"
    )


class FactorQuerySet(models.QuerySet):
    def of_kind(self, kind):
        return self.filter(kind=kind)


FACTOR_KIND_PLURALS = [
    ("randvoorwaarde", _("Randvoorwaarden")),
    ("succesfactor", _("Succesfactoren")),
    ("valkuil", _("Valkuilen")),
]


class Factor(SlugFromNameMixin, index.Indexed, ClusterableModel):
    """A werkzame factor: a precondition, success factor or pitfall of a
    school + youth-work collaboration."""

    class Kind(models.TextChoices):
        PRECONDITION = "randvoorwaarde", _("randvoorwaarde")
        SUCCESS = "succesfactor", _("succesfactor")
        PITFALL = "valkuil", _("valkuil")

    name = models.CharField(_("naam"), max_length=200, unique=True)
    slug = models.SlugField(_("slug"), max_length=100, unique=True, blank=True)
    kind = models.CharField(
        _("soort"),
        max_length=20,
        choices=Kind.choices,
        help_text=_("Randvoorwaarde, succesfactor of valkuil."),
    )
    description = RichTextField(
        _("beschrijving"),
        features=RESTRICTED_RICH_TEXT,
        help_text=_("Wat houdt deze factor in en waarom doet hij ertoe?"),
    )
    what_you_can_do = RichTextField(
        _("wat kun je doen"),
        features=RESTRICTED_RICH_TEXT,
        blank=True,
        help_text=_("Concrete handelingsperspectieven voor school en jongerenwerk."),
    )
    tags = ClusterTaggableManager(
        through="taxonomy.FactorTag", blank=True, verbose_name=_("onderwerpen")
    )

    objects = FactorQuerySet.as_manager()

    panels = [
        MultiFieldPanel([FieldPanel("name"), FieldPanel("slug"), FieldPanel("kind")]),
        FieldPanel("description"),
        FieldPanel("what_you_can_do"),
        FieldPanel("tags"),
    ]
    search_fields = [
        index.SearchField("name", boost=3),
        index.AutocompleteField("name"),
        index.SearchField("description"),
        index.SearchField("what_you_can_do"),
        index.FilterField("kind"),
    ]

    class Meta:
        verbose_name = _("factor")
        verbose_name_plural = _("factoren")
        ordering = ["kind", "name"]

    def __str__(self):
        return self.name
