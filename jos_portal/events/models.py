"""Events (bijeenkomsten) as Wagtail pages: upcoming and past, iCalendar, JSON-LD.

Times are stored timezone-aware (UTC in the database) and shown in Europe/Amsterdam.
An event counts as upcoming until its end has passed, so a meeting in progress is still
listed under "komende bijeenkomsten".
"""

from zoneinfo import ZoneInfo

from django.core.exceptions import ValidationError
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import models
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page, PageManager, PageQuerySet
from wagtail.search import index

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase

from jos_portal.core.blocks import BodyBlock
from jos_portal.operations.conditional import content_conditional_method
from jos_portal.taxonomy import params
from jos_portal.taxonomy.english import EnglishMixin, english_panel, english_search_fields
from jos_portal.taxonomy.provenance import ProvenanceMixin, provenance_panel
from jos_portal.taxonomy.reach import count_as
from jos_portal.taxonomy.review import ReviewDateMixin, ReviewedOnPublishMixin

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
PAST_PER_PAGE = 10


def current_time():
    """The moment that splits upcoming from past; one place for tests to fix the clock."""
    return timezone.now()


class Audience(models.TextChoices):
    EVERYONE = "iedereen", _("iedereen")
    EDUCATION = "onderwijs", _("onderwijsprofessionals")
    YOUTH_WORK = "jongerenwerk", _("jongerenwerkers")
    MUNICIPALITIES = "gemeenten", _("gemeenten en beleid")
    RESEARCH = "onderzoek", _("onderzoekers")


class EventQuerySet(PageQuerySet):
    def upcoming(self, now=None):
        return self.filter(end__gt=now or current_time()).order_by("start", "pk")

    def past(self, now=None):
        return self.filter(end__lte=now or current_time()).order_by("-start", "-pk")


EventManager = PageManager.from_queryset(EventQuerySet)


class EventIndexPage(RoutablePageMixin, EnglishMixin, Page):
    """/bijeenkomsten/: upcoming events, then past ones; filters and an iCal feed."""

    intro = models.TextField(_("introductie"), blank=True, max_length=500)

    dutch_summary_field = "intro"
    content_panels = [*Page.content_panels, FieldPanel("intro"), english_panel()]
    search_fields = [*Page.search_fields, *english_search_fields()]
    parent_page_types = ["core.HomePage"]
    subpage_types = ["events.EventPage"]
    max_count = 1

    def get_cached_paths(self):
        """What a CDN purge of this page covers (wagtail.contrib.frontend_cache)."""
        return ["/", "ical/"]

    class Meta:
        verbose_name = _("bijeenkomstenoverzicht")
        verbose_name_plural = _("bijeenkomstenoverzichten")

    def events(self):
        return EventPage.objects.live().public().descendant_of(self)

    def parse_filters(self, request):
        """(province, audience) from the query string; ValueError with a Dutch message."""
        from jos_portal.taxonomy.models import Province

        province = None
        slug = params.text(request.GET, "regio")
        if slug:
            province = Province.objects.filter(slug=slug).first()
            if province is None:
                raise ValueError(
                    gettext("Onbekende regio “%(region)s”. Kies een provincie uit de lijst.")
                    % {"region": slug[:40]}
                )
        audience = params.text(request.GET, "doelgroep")
        if audience and audience not in Audience.values:
            raise ValueError(
                gettext("Onbekende doelgroep “%(audience)s”. Kies er een uit de lijst.")
                % {"audience": audience[:40]}
            )
        return province, audience

    def filtered(self, province, audience):
        events = self.events()
        if province is not None:
            events = events.filter(region=province)
        if audience:
            events = events.filter(audience=audience)
        return events

    def bad_request(self, request, message, status=400):
        context = {
            "message": message,
            "back_url": self.get_url(request),
            "back_label": gettext("Terug naar alle bijeenkomsten"),
        }
        return render(request, "bad_request.html", context, status=status)

    @path("")
    def index_route(self, request):
        from jos_portal.taxonomy.models import Province

        try:
            province, audience = self.parse_filters(request)
        except ValueError as error:
            return self.bad_request(request, str(error))
        now = current_time()
        events = self.filtered(province, audience).select_related("region")
        upcoming = list(events.upcoming(now))
        paginator = Paginator(events.past(now), PAST_PER_PAGE)
        try:
            past_page = paginator.page(params.page_number(request.GET))
        except PageNotAnInteger:
            return self.bad_request(request, gettext("Het paginanummer moet een getal zijn."))
        except EmptyPage:
            return self.bad_request(
                request,
                gettext("Pagina %(page)s van de eerdere bijeenkomsten bestaat niet.")
                % {"page": params.text(request.GET, "pagina", 10)},
                status=404,
            )
        return self.render(
            request,
            context_overrides={
                "upcoming": upcoming,
                "past": list(past_page.object_list),
                "page_obj": past_page,
                "paginator": paginator,
                "province": province,
                "audience": audience,
                "provinces": Province.objects.order_by("name"),
                "audiences": Audience.choices,
            },
        )

    @path("ical/")
    @content_conditional_method
    def ical_feed_route(self, request):
        from .ical import calendar_response

        try:
            province, audience = self.parse_filters(request)
        except ValueError as error:
            return self.bad_request(request, str(error))
        events = self.filtered(province, audience).upcoming()
        return calendar_response(
            request, list(events), name=gettext("Bijeenkomsten van JOS"), filename=None
        )


class EventPageTag(TaggedItemBase):
    """Topic tags on events (the shared pool)."""

    content_object = ParentalKey(
        "events.EventPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class EventPage(
    ReviewedOnPublishMixin, RoutablePageMixin, ProvenanceMixin, ReviewDateMixin, EnglishMixin, Page
):
    """One meeting, workshop or webinar."""

    dutch_summary_field = "intro"

    intro = models.TextField(
        _("korte omschrijving"),
        max_length=400,
        help_text=_("Eén of twee zinnen voor de lijst, de agenda-download en zoekmachines."),
    )
    start = models.DateTimeField(_("begin"), help_text=_("Datum en tijd (Nederlandse tijd)."))
    end = models.DateTimeField(_("einde"), help_text=_("Datum en tijd (Nederlandse tijd)."))
    online = models.BooleanField(_("online"), default=False)
    location_name = models.CharField(
        _("locatie"), max_length=200, blank=True, help_text=_("Bijv. de naam van het gebouw.")
    )
    address = models.CharField(_("adres"), max_length=250, blank=True)
    online_url = models.URLField(
        _("link naar de online bijeenkomst"),
        blank=True,
        help_text=_("Alleen invullen als deelnemers die zonder aanmelding mogen zien."),
    )
    region = models.ForeignKey(
        "taxonomy.Province",
        verbose_name=_("regio"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Provincie waar de bijeenkomst is; leeg voor landelijk of online."),
    )
    audience = models.CharField(
        _("doelgroep"), max_length=20, choices=Audience.choices, default=Audience.EVERYONE
    )
    body = StreamField(BodyBlock(), verbose_name=_("beschrijving"), blank=True)
    registration_url = models.URLField(_("aanmeldlink"), blank=True)
    is_full = models.BooleanField(
        _("vol"), default=False, help_text=_("Aanvinken als aanmelden niet meer kan.")
    )
    report_story = models.ForeignKey(
        "stories.StoryPage",
        verbose_name=_("verslag (verhaal)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Na afloop: het verhaal met het verslag van deze bijeenkomst."),
    )
    tags = ClusterTaggableManager(through=EventPageTag, blank=True, verbose_name=_("onderwerpen"))

    objects = EventManager()

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        english_panel(),
        FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
        MultiFieldPanel(
            [
                FieldPanel("online"),
                FieldPanel("location_name"),
                FieldPanel("address"),
                FieldPanel("online_url"),
                FieldPanel("region"),
            ],
            heading=_("Waar"),
        ),
        FieldPanel("audience"),
        FieldPanel("body"),
        FieldRowPanel([FieldPanel("registration_url"), FieldPanel("is_full")]),
        MultiFieldPanel(
            [
                InlinePanel("materials", label=_("Document")),
                FieldPanel("report_story"),
            ],
            heading=_("Materiaal na afloop"),
        ),
        FieldPanel("tags"),
        provenance_panel("last_reviewed"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
        index.SearchField("location_name"),
        *english_search_fields(),
        index.RelatedFields("tags", [index.SearchField("name")]),
        index.FilterField("start"),
        index.FilterField("end"),
    ]

    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []

    def get_cached_paths(self):
        """What a CDN purge of this page covers (wagtail.contrib.frontend_cache)."""
        return ["/", "ical/"]

    class Meta:
        verbose_name = _("bijeenkomst")
        verbose_name_plural = _("bijeenkomsten")

    def clean(self):
        super().clean()
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": _("Het einde ligt voor het begin.")})
        if not self.online and not self.location_name:
            raise ValidationError({"location_name": _("Vul een locatie in, of vink 'online' aan.")})

    @property
    def local_start(self):
        return timezone.localtime(self.start, AMSTERDAM)

    @property
    def local_end(self):
        return timezone.localtime(self.end, AMSTERDAM)

    @property
    def same_day(self):
        return self.local_start.date() == self.local_end.date()

    def is_past(self, now=None):
        return self.end <= (now or current_time())

    @property
    def place(self):
        if self.online:
            return gettext("online")
        return ", ".join(part for part in (self.location_name, self.address) if part)

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        if response.get("Content-Type", "").startswith("text/html"):
            count_as(request, response, self, self.region)
        return response

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["is_past"] = self.is_past()
        context["materials"] = list(self.materials.select_related("document"))
        report = self.report_story
        context["report"] = report if report is not None and report.live else None
        context["tags"] = list(self.tags.all())
        # A fictional example is not described to search engines as a real event.
        context["json_ld"] = "" if self.is_fictional else self.structured_data(request)
        return context

    def structured_data(self, request):
        """schema.org Event (a dict for the json_ld template tag)."""
        url = request.build_absolute_uri(self.get_url(request))
        if self.online:
            location = {"@type": "VirtualLocation", "url": self.online_url or url}
            mode = "https://schema.org/OnlineEventAttendanceMode"
        else:
            location = {
                "@type": "Place",
                "name": self.location_name,
                "address": self.address or self.location_name,
            }
            mode = "https://schema.org/OfflineEventAttendanceMode"
        data = {
            "@context": "https://schema.org",
            "@type": "Event",
            "name": self.title,
            "description": self.intro,
            "startDate": self.local_start.isoformat(),
            "endDate": self.local_end.isoformat(),
            "eventStatus": "https://schema.org/EventScheduled",
            "eventAttendanceMode": mode,
            "location": location,
            "url": url,
            "inLanguage": "nl",
            "organizer": {
                "@type": "Organization",
                "name": "Platform JEP",
                "url": "https://www.platformjep.nl",
            },
            "audience": {"@type": "Audience", "audienceType": self.get_audience_display()},
        }
        if self.registration_url:
            data["offers"] = {
                "@type": "Offer",
                "url": self.registration_url,
                "price": "0",
                "priceCurrency": "EUR",
                "availability": "https://schema.org/SoldOut"
                if self.is_full
                else "https://schema.org/InStock",
            }
        return data

    @path("ical/")
    @content_conditional_method
    def ical_route(self, request):
        from .ical import calendar_response

        return calendar_response(request, [self], name=self.title, filename=f"{self.slug}.ics")


class EventDocument(Orderable):
    """A document shared after the event (slides, report, handout)."""

    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="materials")
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    title = models.CharField(
        _("linktekst"), max_length=200, blank=True, help_text=_("Leeg: de titel van het document.")
    )
    panels = [FieldPanel("document"), FieldPanel("title")]

    class Meta(Orderable.Meta):
        verbose_name = _("materiaal")
        verbose_name_plural = _("materiaal")
