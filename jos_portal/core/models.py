"""Editorial pages (home, content pages) and the site-wide settings of the footer."""

import pickle

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase

from jos_portal.operations.localcache import LocalCache
from jos_portal.operations.pagecache import content_version
from jos_portal.taxonomy.english import EnglishMixin, english_panel, english_search_fields

from .blocks import BodyBlock, EntryPointBlock

_view_restrictions = LocalCache(16, max_age=600)


class HomePage(Page):
    """The portal's front page; one per site."""

    intro = models.TextField(
        _("introductie"),
        max_length=500,
        help_text=_("Een of twee zinnen onder de titel: wat vindt de bezoeker hier?"),
    )
    body = StreamField(BodyBlock(), verbose_name=_("inhoud"), blank=True)
    entry_points = StreamField(
        [("entry_point", EntryPointBlock())],
        verbose_name=_("ingangen per gebruiker"),
        blank=True,
        max_num=4,
        help_text=_("Leeg: de standaardingangen voor professionals, resultaten en gemeenten."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("entry_points"),
        FieldPanel("body"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "core.ContentPage",
        "scan.ScanPage",
        "stories.StoryIndexPage",
        "events.EventIndexPage",
    ]
    max_count = 1

    def get_view_restrictions(self):
        """Wagtail's answer (a queryset), with its rows kept per process under the content
        version: serving the home page then costs no query for them. Every change to a
        page or a view restriction bumps the version. The rows are copies (pickled), and a
        derived queryset (the admin orders it) asks the database again."""
        key = (content_version(), self.pk, self.path)
        found = _view_restrictions.get(key)
        if found is None:
            # A pickled queryset holds its query and its rows (pickling evaluates it).
            found = pickle.dumps(super().get_view_restrictions(), pickle.HIGHEST_PROTOCOL)
            _view_restrictions.set(key, found)
        return pickle.loads(found)  # noqa: S301 - bytes this process pickled itself

    def get_context(self, request, *args, **kwargs):
        from .home import home_sections

        context = super().get_context(request, *args, **kwargs)
        context.update(home_sections(self, request))
        # The rendered page is cached under the content version, per day (the tip of the
        # day) and per set of upcoming events shown (they end while cached); a preview
        # renders the draft and must neither read nor fill that cache (no key).
        preview = getattr(request, "is_preview", False)
        context["body_cache_key"] = None if preview else self.pk
        context["home_cache_key"] = (
            None
            if preview
            else (
                self.pk,
                timezone.localdate().isoformat(),
                context["shown_events"],
            )
        )
        return context

    class Meta:
        verbose_name = _("startpagina")
        verbose_name_plural = _("startpagina's")


class ContentPageTag(TaggedItemBase):
    """Topic tags on content pages (the shared pool)."""

    content_object = ParentalKey(
        "core.ContentPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class ContentPage(EnglishMixin, Page):
    """A general editorial page: about, contact, accessibility, privacy, background."""

    intro = models.TextField(
        _("introductie"),
        blank=True,
        max_length=500,
        help_text=_("Korte inleiding; wordt ook als beschrijving in zoekmachines gebruikt."),
    )
    body = StreamField(BodyBlock(), verbose_name=_("inhoud"), blank=True)
    tags = ClusterTaggableManager(through=ContentPageTag, blank=True, verbose_name=_("onderwerpen"))

    dutch_summary_field = "intro"
    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        english_panel(),
        FieldPanel("body"),
        FieldPanel("tags"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
        *english_search_fields(),
        index.RelatedFields("tags", [index.SearchField("name")]),
    ]

    parent_page_types = ["core.HomePage", "core.ContentPage"]
    subpage_types = ["core.ContentPage"]

    class Meta:
        verbose_name = _("inhoudspagina")
        verbose_name_plural = _("inhoudspagina's")


@register_setting(icon="cog")
class SiteSettings(BaseSiteSetting):
    """Contact details and links in the footer, editable under Instellingen."""

    # The footer links to these pages on every request: fetch them with the settings.
    select_related = ["accessibility_page", "privacy_page"]

    advice_line_label = models.CharField(
        _("naam advieslijn"),
        max_length=100,
        default="JEP Advieslijn",
        help_text=_("Kop boven de contactgegevens, bijv. JEP Advieslijn."),
    )
    phone = models.CharField(
        _("telefoonnummer"),
        max_length=30,
        blank=True,
        help_text=_("Zoals het op de site moet staan, bijv. 070 - 333 4558."),
    )
    phone_hours = models.CharField(
        _("bereikbaarheid"), max_length=100, blank=True, help_text=_("Bijv. tijdens kantooruren.")
    )
    email = models.EmailField(_("e-mailadres"), blank=True)
    response_time = models.CharField(
        _("reactietermijn"),
        max_length=200,
        blank=True,
        help_text=_(
            "Wat de redactie belooft over antwoorden, bijv. 'Je krijgt binnen vijf werkdagen "
            "antwoord.' Leeg: de site belooft niets."
        ),
    )
    linkedin_url = models.URLField(_("LinkedIn"), blank=True)
    youtube_url = models.URLField(_("YouTube"), blank=True)
    mastodon_url = models.URLField(_("Mastodon"), blank=True)
    newsletter_url = models.URLField(_("nieuwsbrief"), blank=True)
    accessibility_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("toegankelijkheidsverklaring"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacyverklaring"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    open_data_licence_name = models.CharField(
        _("licentie open data"),
        max_length=100,
        blank=True,
        help_text=_(
            "De licentie van de open data, bijv. CC0 1.0. Leeg: de site zegt dat de licentie "
            "nog niet is vastgesteld."
        ),
    )
    open_data_licence_url = models.URLField(
        _("link naar de licentie"), blank=True, help_text=_("De tekst van de licentie.")
    )
    open_data_attribution = models.CharField(
        _("bronvermelding open data"),
        max_length=200,
        blank=True,
        help_text=_("Hoe hergebruikers de bron noemen. Leeg: niets gevraagd."),
    )
    privacy_controller = models.CharField(
        _("verwerkingsverantwoordelijke"),
        max_length=300,
        blank=True,
        help_text=_(
            "Wie verantwoordelijk is voor de persoonsgegevens op het portaal (naam en "
            "adres). Staat op de privacypagina; leeg: 'nog te bepalen'."
        ),
    )
    footer_text = models.TextField(
        _("tekst in de voettekst"),
        blank=True,
        max_length=500,
        help_text=_("Korte regel over het programma, onderaan elke pagina."),
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("advice_line_label"),
                FieldPanel("phone"),
                FieldPanel("phone_hours"),
                FieldPanel("email"),
                FieldPanel("response_time"),
            ],
            heading=_("Contact"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("open_data_licence_name"),
                FieldPanel("open_data_licence_url"),
                FieldPanel("open_data_attribution"),
            ],
            heading=_("Open data"),
        ),
        FieldPanel("privacy_controller"),
        MultiFieldPanel(
            [
                FieldPanel("linkedin_url"),
                FieldPanel("youtube_url"),
                FieldPanel("mastodon_url"),
                FieldPanel("newsletter_url"),
            ],
            heading=_("Sociale media"),
        ),
        PageChooserPanel("accessibility_page"),
        PageChooserPanel("privacy_page"),
        FieldPanel("footer_text"),
    ]

    class Meta:
        verbose_name = _("site-instellingen")

    @property
    def social_links(self):
        """(label, url) pairs of the social links that are filled in."""
        links = [
            ("LinkedIn", self.linkedin_url),
            ("YouTube", self.youtube_url),
            ("Mastodon", self.mastodon_url),
            (_("Nieuwsbrief"), self.newsletter_url),
        ]
        return [(label, url) for label, url in links if url]

    def clean(self):
        super().clean()
        if self.open_data_licence_url and not self.open_data_licence_name:
            raise ValidationError(
                {"open_data_licence_name": _("Geef de naam van de licentie bij de link.")}
            )

    @property
    def phone_href(self):
        digits = "".join(ch for ch in self.phone if ch.isdigit() or ch == "+")
        if digits.startswith("0"):
            digits = "+31" + digits[1:]
        return f"tel:{digits}"
