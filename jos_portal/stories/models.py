"""Stories (verhalen) as Wagtail pages, and tips as a snippet with drafts.

A shell app: stories link to practices, werkplaatsen and publications, so it may import
those apps; no domain app imports this one.
"""

import datetime

from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db import models
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import DraftStateMixin, Orderable, Page, RevisionMixin
from wagtail.search import index

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from taggit.models import Tag, TaggedItemBase

from jos_portal.core.blocks import BodyBlock
from jos_portal.core.visibility import public_page_q
from jos_portal.operations.conditional import content_conditional_method
from jos_portal.taxonomy import params
from jos_portal.taxonomy.english import EnglishMixin, english_panel, english_search_fields
from jos_portal.taxonomy.forms import ControlledTopicsForm
from jos_portal.taxonomy.provenance import ProvenanceMixin, provenance_panel
from jos_portal.taxonomy.reach import count_as
from jos_portal.taxonomy.review import ReviewDateMixin, ReviewedOnPublishMixin

STORIES_PER_PAGE = 10
FEED_SIZE = 30
RELATED_LIMIT = 3


class PullQuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(
        label=_("uitgelichte zin"),
        max_length=300,
        help_text=_("Een zin uit het verhaal zelf; geen citaat dat iemand niet zo gezegd heeft."),
    )
    attribution = blocks.CharBlock(label=_("wie zei het"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        label = _("Uitgelichte quote")
        template = "blocks/pull_quote.html"


class InShortBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("titel"), max_length=80, default="In het kort")
    items = blocks.ListBlock(blocks.CharBlock(max_length=250), label=_("punten"))

    class Meta:
        icon = "list-ul"
        label = _("In het kort")
        template = "blocks/in_short.html"


class StoryBodyBlock(BodyBlock):
    """The core blocks plus the two that stories need."""

    pull_quote = PullQuoteBlock()
    in_short = InShortBlock()


class StoryKind(models.TextChoices):
    INTERVIEW = "interview", _("interview")
    PRACTICE = "praktijkverhaal", _("praktijkverhaal")
    NEWS = "nieuws", _("nieuws")
    COLUMN = "column", _("column")


class StoryIndexPage(RoutablePageMixin, EnglishMixin, Page):
    """/verhalen/: all stories, newest first, filterable by kind and topic, with a feed."""

    intro = models.TextField(_("introductie"), blank=True, max_length=500)

    dutch_summary_field = "intro"
    content_panels = [*Page.content_panels, FieldPanel("intro"), english_panel()]
    search_fields = [*Page.search_fields, *english_search_fields()]
    parent_page_types = ["core.HomePage"]
    subpage_types = ["stories.StoryPage"]
    max_count = 1

    def get_cached_paths(self):
        """What a CDN purge of this page covers (wagtail.contrib.frontend_cache)."""
        return ["/", "feed/"]

    class Meta:
        verbose_name = _("verhalenoverzicht")
        verbose_name_plural = _("verhalenoverzichten")

    def stories(self):
        return (
            StoryPage.objects.live()
            .public()
            .descendant_of(self)
            .order_by("-date", "-first_published_at", "-pk")
        )

    def parse_filters(self, request):
        """(kind, tag) from the query string; raises ValueError with a Dutch message."""
        kind = params.text(request.GET, "soort")
        if kind and kind not in StoryKind.values:
            raise ValueError(
                gettext(
                    "Onbekende soort verhaal “%(kind)s”. Kies interview, praktijkverhaal, "
                    "nieuws of column."
                )
                % {"kind": kind[:40]}
            )
        tag = None
        slug = params.text(request.GET, "onderwerp")
        if slug:
            tag = self.topics().filter(slug=slug).first()
            if tag is None:
                raise ValueError(gettext("Onbekend onderwerp “%(tag)s”.") % {"tag": slug[:40]})
        return kind, tag

    def topics(self):
        """The topic options: tags that a live story outside any restricted section
        carries (one query)."""
        public = StoryPageTag.objects.filter(public_page_q("content_object__"))
        return Tag.objects.filter(pk__in=public.values("tag_id"))

    def filtered(self, kind, tag):
        stories = self.stories()
        if kind:
            stories = stories.filter(kind=kind)
        if tag is not None:
            stories = stories.filter(tagged_items__tag=tag)
        return stories

    def bad_request(self, request, message, status=400):
        context = {
            "message": message,
            "back_url": self.get_url(request),
            "back_label": gettext("Terug naar alle verhalen"),
        }
        return render(request, "bad_request.html", context, status=status)

    @path("")
    def index_route(self, request):
        try:
            kind, tag = self.parse_filters(request)
        except ValueError as error:
            return self.bad_request(request, str(error))
        paginator = Paginator(self.filtered(kind, tag), STORIES_PER_PAGE)
        try:
            page_obj = paginator.page(params.page_number(request.GET))
        except PageNotAnInteger:
            return self.bad_request(request, gettext("Het paginanummer moet een getal zijn."))
        except EmptyPage:
            return self.bad_request(
                request,
                gettext("Pagina %(page)s bestaat niet; er zijn %(count)d pagina's met verhalen.")
                % {"page": params.text(request.GET, "pagina", 10), "count": paginator.num_pages},
                status=404,
            )
        stories = list(
            page_obj.object_list.select_related("hero_image").prefetch_related("tagged_items__tag")
        )
        return self.render(
            request,
            context_overrides={
                "stories": stories,
                "page_obj": page_obj,
                "paginator": paginator,
                "page_range": paginator.get_elided_page_range(page_obj.number, on_ends=1),
                "kind": kind,
                "tag": tag,
                "kinds": StoryKind.choices,
                "topics": list(self.topics().order_by("name")),
            },
        )

    @path("feed/")
    @content_conditional_method
    def feed_route(self, request):
        from .feeds import StoryFeed

        try:
            kind, tag = self.parse_filters(request)
        except ValueError as error:
            return self.bad_request(request, str(error))
        return StoryFeed()(request, index=self, kind=kind, tag=tag)


class StoryPageTag(TaggedItemBase):
    """Topic tags on stories (the shared pool)."""

    content_object = ParentalKey(
        "stories.StoryPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class StoryPage(ReviewedOnPublishMixin, ProvenanceMixin, ReviewDateMixin, EnglishMixin, Page):
    """An interview, practice story, news item or column."""

    dutch_summary_field = "intro"

    intro = models.TextField(
        _("introductie"),
        max_length=400,
        help_text=_("Twee of drie zinnen voor de lijst, de feed en zoekmachines."),
    )
    date = models.DateField(
        _("datum"), default=datetime.date.today, help_text=_("Datum van het verhaal.")
    )
    authors = models.CharField(
        _("auteur(s)"),
        max_length=200,
        blank=True,
        help_text=_("Bijv. 'Redactie JOS' of namen gescheiden door komma's."),
    )
    kind = models.CharField(
        _("soort"), max_length=20, choices=StoryKind.choices, default=StoryKind.PRACTICE
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hoofdafbeelding"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_alt = models.CharField(
        _("alternatieve tekst"),
        max_length=250,
        blank=True,
        help_text=_("Wat is er op de afbeelding te zien? Leeg als ze puur decoratief is."),
    )
    body = StreamField(StoryBodyBlock(), verbose_name=_("inhoud"), blank=True)
    tags = ClusterTaggableManager(through=StoryPageTag, blank=True, verbose_name=_("onderwerpen"))

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        english_panel(),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("date"), FieldPanel("authors")]),
        MultiFieldPanel(
            [FieldPanel("hero_image"), FieldPanel("hero_alt")], heading=_("Hoofdafbeelding")
        ),
        FieldPanel("body"),
        FieldPanel("tags"),
        MultiFieldPanel(
            [
                InlinePanel("related_practices", label=_("Praktijkvoorbeeld")),
                InlinePanel("related_workplaces", label=_("Werkplaats")),
                InlinePanel("related_publications", label=_("Publicatie")),
            ],
            heading=_("Zie ook"),
            help_text=_("Alleen gepubliceerde records worden op de site getoond."),
        ),
        provenance_panel("last_reviewed"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
        *english_search_fields(),
        index.RelatedFields("tags", [index.SearchField("name")]),
        index.FilterField("kind"),
        index.FilterField("date"),
    ]

    parent_page_types = ["stories.StoryIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("verhaal")
        verbose_name_plural = _("verhalen")

    def serve(self, request, *args, **kwargs):
        return count_as(request, super().serve(request, *args, **kwargs), self)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["tags"] = list(self.tags.all())
        context["related_practices"] = [
            item.practice
            for item in self.related_practices.filter(practice__live=True).select_related(
                "practice__municipality"
            )
        ]
        context["related_workplaces"] = [
            item.workplace for item in self.related_workplaces.select_related("workplace")
        ]
        context["related_publications"] = [
            item.publication
            for item in self.related_publications.filter(publication__live=True).select_related(
                "publication"
            )
        ]
        context["more_stories"] = self.stories_with_shared_tags(context["tags"])
        parent = self.get_parent()  # None only in a preview of a page without a place yet
        context["index"] = parent.specific_deferred if parent else None
        return context

    def stories_with_shared_tags(self, tags):
        if not tags:
            return []
        return list(
            StoryPage.objects.live()
            .public()
            .filter(tagged_items__tag__in=tags)
            .exclude(pk=self.pk)
            .annotate(shared=models.Count("tagged_items", distinct=True))
            .order_by("-shared", "-date", "-pk")[:RELATED_LIMIT]
        )


class StoryPractice(Orderable):
    page = ParentalKey(StoryPage, on_delete=models.CASCADE, related_name="related_practices")
    practice = models.ForeignKey(
        "practices.Practice",
        verbose_name=_("praktijkvoorbeeld"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    panels = [FieldPanel("practice")]

    class Meta(Orderable.Meta):
        verbose_name = _("gekoppeld praktijkvoorbeeld")
        verbose_name_plural = _("gekoppelde praktijkvoorbeelden")


class StoryWorkplace(Orderable):
    page = ParentalKey(StoryPage, on_delete=models.CASCADE, related_name="related_workplaces")
    workplace = models.ForeignKey(
        "workshops.Workplace",
        verbose_name=_("werkplaats"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    panels = [FieldPanel("workplace")]

    class Meta(Orderable.Meta):
        verbose_name = _("gekoppelde werkplaats")
        verbose_name_plural = _("gekoppelde werkplaatsen")


class StoryPublication(Orderable):
    page = ParentalKey(StoryPage, on_delete=models.CASCADE, related_name="related_publications")
    publication = models.ForeignKey(
        "publications.Publication",
        verbose_name=_("publicatie"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    panels = [FieldPanel("publication")]

    class Meta(Orderable.Meta):
        verbose_name = _("gekoppelde publicatie")
        verbose_name_plural = _("gekoppelde publicaties")


# Tips ---------------------------------------------------------------------------


class TipTag(TaggedItemBase):
    """Topic tags on tips (the shared pool)."""

    content_object = ParentalKey(
        "stories.Tip", on_delete=models.CASCADE, related_name="tagged_items"
    )


class TipQuerySet(models.QuerySet):
    def published(self):
        return self.filter(live=True)

    def for_factor(self, factor):
        return self.published().filter(factors=factor).order_by("title")

    def for_factors_or_tags(self, factor_ids, tag_ids):
        """Published tips that share a factor or a topic tag, those sharing a factor first."""
        if not factor_ids and not tag_ids:
            return self.none()
        condition = models.Q(factors__in=factor_ids) | models.Q(tagged_items__tag_id__in=tag_ids)
        shares_factor = models.Exists(
            Tip.factors.through.objects.filter(
                tip_id=models.OuterRef("pk"), factor_id__in=factor_ids
            )
        )
        return (
            self.published()
            .filter(condition)
            .distinct()
            .annotate(shares_factor=shares_factor)
            .order_by("-shares_factor", "title")
        )

    def of_the_day(self, day=None):
        """One tip, the same for everyone all day, the next one tomorrow.

        Rotating by date rather than at random keeps pages cacheable and predictable for
        editors; it walks through the tips in a fixed order (by pk)."""
        day = day or timezone.localdate()
        pks = list(self.published().order_by("pk").values_list("pk", flat=True))
        if not pks:
            return None
        return self.get(pk=pks[day.toordinal() % len(pks)])


class Tip(
    ReviewedOnPublishMixin,
    DraftStateMixin,
    RevisionMixin,
    index.Indexed,
    ProvenanceMixin,
    ReviewDateMixin,
    EnglishMixin,
    ClusterableModel,
):
    """A short piece of practical advice, shown beside factors, practices and on pages."""

    dutch_summary_field = "text"

    base_form_class = ControlledTopicsForm

    title = models.CharField(_("titel"), max_length=120)
    text = models.TextField(
        _("tekst"), max_length=400, help_text=_("Eén tot drie zinnen, concreet en praktisch.")
    )
    link_url = models.URLField(
        _("lees meer (link)"), blank=True, help_text=_("Optioneel: waar lees je meer?")
    )
    link_text = models.CharField(
        _("linktekst"), max_length=100, blank=True, help_text=_("Leeg: 'Lees meer'.")
    )
    factors = ParentalManyToManyField(
        "taxonomy.Factor",
        verbose_name=_("factoren"),
        blank=True,
        related_name="tips",
        help_text=_("Bij welke randvoorwaarden, succesfactoren of valkuilen hoort deze tip?"),
    )
    tags = ClusterTaggableManager(through=TipTag, blank=True, verbose_name=_("onderwerpen"))

    objects = TipQuerySet.as_manager()

    panels = [
        FieldPanel("title"),
        FieldPanel("text"),
        FieldRowPanel([FieldPanel("link_url"), FieldPanel("link_text")]),
        FieldPanel("factors"),
        FieldPanel("tags"),
        english_panel(),
        provenance_panel("last_reviewed"),
    ]
    search_fields = [
        index.SearchField("title", boost=2),
        index.SearchField("text"),
        *english_search_fields(),
        index.RelatedFields("tags", [index.SearchField("name")]),
        index.AutocompleteField("title"),
        index.FilterField("live"),
    ]

    class Meta:
        verbose_name = _("tip")
        verbose_name_plural = _("tips")
        ordering = ["title"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("stories:tips")
