"""Practice examples in the admin: a snippet with drafts, workflow, filters and export, and
"Aanmeldingen", the same records that came in through the public form, as a list of their own.

Registered by the shell (jos_portal.accounts) inside the "Kennisbank" menu group."""

from functools import cached_property

from django import forms
from django.contrib import messages
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, DateColumn, LiveStatusTagColumn
from wagtail.admin.widgets import BooleanRadioSelect, HeaderButton
from wagtail.snippets.views.snippets import SnippetViewSet

import django_filters
from taggit.models import Tag

from jos_portal.taxonomy.drafts import ForeignDraftNoticeMixin
from jos_portal.taxonomy.models import Factor, Province, SchoolType
from jos_portal.taxonomy.provenance import fictional_column

from .import_views import ImportTemplateView, PracticeImportView
from .models import Practice, Source, Stage, Status, incomplete_q

FICTIONAL_COLUMN = fictional_column()
# Wagtail calls the publication state "Status"; the practice's own status is its duration.
PUBLICATION_COLUMN = LiveStatusTagColumn(label=_("Publicatie"))


def duplicate_label(practice):
    if practice.possible_duplicate_id is None:
        return ""
    return _("mogelijk dubbel met '%(title)s'") % {"title": practice.possible_duplicate}


def empty_sections_label(practice):
    """The databank sections an editor still has to fill in, or a dash when all are."""
    return ", ".join(practice.empty_sections) or "–"


def filter_completeness(queryset, name, value):
    if value == "onvolledig":
        return queryset.filter(incomplete_q())
    if value == "volledig":
        return queryset.exclude(incomplete_q())
    return queryset


class PracticeFilterSet(WagtailFilterSet):
    """The filters of both practice lists, with labels an editor reads at a glance."""

    province = django_filters.ModelChoiceFilter(
        field_name="municipality__province",
        label=_("Provincie"),
        queryset=Province.objects.order_by("name"),
        empty_label=_("Alle provincies"),
    )
    tag = django_filters.ModelChoiceFilter(
        field_name="tags",
        label=_("Onderwerp"),
        queryset=Tag.objects.filter(practices_practicetag_items__isnull=False)
        .distinct()
        .order_by("name"),
        empty_label=_("Alle onderwerpen"),
    )
    factor = django_filters.ModelChoiceFilter(
        field_name="factors",
        label=_("Factor"),
        queryset=Factor.objects.order_by("name"),
        empty_label=_("Alle factoren"),
    )
    source = django_filters.ChoiceFilter(
        label=_("Bron"),
        choices=Source.choices,
        widget=forms.RadioSelect,
        empty_label=_("Alle"),
    )
    stage = django_filters.ChoiceFilter(
        label=_("Fase"), choices=Stage.choices, widget=forms.RadioSelect, empty_label=_("Alle")
    )
    status = django_filters.ChoiceFilter(
        label=_("Looptijd"),
        choices=Status.choices,
        widget=forms.RadioSelect,
        empty_label=_("Alle"),
    )
    school_types = django_filters.ModelChoiceFilter(
        label=_("Schooltype"),
        queryset=SchoolType.objects.all(),
        empty_label=_("Alle schooltypen"),
    )
    possible_duplicate = django_filters.BooleanFilter(
        field_name="possible_duplicate",
        lookup_expr="isnull",
        exclude=True,
        label=_("Mogelijk dubbel"),
        widget=BooleanRadioSelect,
    )
    is_fictional = django_filters.BooleanFilter(
        label=_("Fictief voorbeeld"), widget=BooleanRadioSelect
    )
    # A choice, not a boolean (like the review desk's filters): an unticked box would
    # count as an active filter.
    completeness = django_filters.ChoiceFilter(
        label=_("Volledigheid"),
        choices=[("onvolledig", _("onvolledig")), ("volledig", _("volledig"))],
        method=filter_completeness,
        widget=forms.RadioSelect,
        empty_label=_("Alle"),
    )

    class Meta:
        model = Practice
        fields = []


class SubmissionsIndexMixin:
    """The practice list narrowed to what came in through the public form, newest first."""

    page_title = _("Aanmeldingen")

    def get_base_queryset(self):
        return super().get_base_queryset().filter(source=Source.PUBLIC_FORM)


class PracticeEditViewMixin:
    """The moderator sees a likely duplicate at once, with a link to the other record."""

    def get(self, request, *args, **kwargs):
        other = self.object.possible_duplicate
        if other is not None:
            messages.warning(
                request,
                format_html(
                    _(
                        "Mogelijk dubbel: dit voorbeeld lijkt op <a href='{url}'>{title}</a> "
                        "(dezelfde titel, of dezelfde school in dezelfde gemeente). Is het een "
                        "ander voorbeeld, maak dan het veld 'Mogelijk dubbel met' leeg."
                    ),
                    url=reverse(self.edit_url_name, args=[other.pk]),
                    title=other.title,
                ),
            )
        return super().get(request, *args, **kwargs)


class PracticeIndexViewMixin:
    """The list's header offers the bulk import beside "add", to who may add practices."""

    @cached_property
    def header_buttons(self):
        buttons = list(super().header_buttons)
        if self.add_url:
            buttons.append(
                HeaderButton(
                    _("Importeren"),
                    url=reverse("wagtailsnippets_practices_practice:import"),
                    icon_name="upload",
                )
            )
        return buttons


class PracticeViewSet(SnippetViewSet):
    model = Practice
    icon = "doc-full-inverse"
    menu_label = _("Praktijkvoorbeelden")
    menu_order = 10
    list_display = [
        "title",
        "municipality",
        "stage",
        Column("status", label=_("Looptijd"), accessor="get_status_display", sort_key="status"),
        Column("source", label=_("Bron"), accessor="get_source_display", sort_key="source"),
        FICTIONAL_COLUMN,
        PUBLICATION_COLUMN,
        DateColumn("last_reviewed", label=_("Laatst gecontroleerd"), sort_key="last_reviewed"),
        Column("empty_sections", label=_("Nog leeg"), accessor=empty_sections_label),
    ]
    submissions_list_display = [
        "title",
        "municipality",
        DateColumn("submitted_at", label=_("Aangemeld op"), sort_key="submitted_at"),
        Column("contact_name", label=_("Aanmelder")),
        Column("possible_duplicate", label=_("Mogelijk dubbel"), accessor=duplicate_label),
        PUBLICATION_COLUMN,
    ]
    filterset_class = PracticeFilterSet
    list_export = [
        "title",
        "slug",
        "summary",
        "municipality",
        "collaboration_type",
        "stage",
        "status",
        "evidence_level",
        "recognition",
        "recognition_valid_until",
        "cost_per_year_from",
        "cost_per_year_to",
        "youth_work_hours_per_week",
        "age_from",
        "age_to",
        "prevention_level",
        "start_year",
        "last_reviewed",
        "is_fictional",
        "provenance",
        "source_url",
        "source_checked",
        "source",
        "submitted_at",
        "live",
    ]
    export_filename = "praktijkvoorbeelden"
    list_per_page = 50
    ordering = ["title"]

    def get_queryset(self, request):
        # The "Nog leeg" column reads these per row: fetched once for the whole page.
        return Practice.objects.select_related(
            "municipality", "possible_duplicate"
        ).prefetch_related("working_elements", "evaluations", "funding_sources")

    @property
    def index_view_class(self):
        return type("PracticeIndexView", (PracticeIndexViewMixin, super().index_view_class), {})

    @property
    def edit_view_class(self):
        base = super().edit_view_class
        return type("PracticeEditView", (ForeignDraftNoticeMixin, PracticeEditViewMixin, base), {})

    @property
    def submissions_view_kwargs(self):
        return self.get_index_view_kwargs(
            list_display=self.submissions_list_display,
            default_ordering="-submitted_at",
            index_url_name=self.get_url_name("submissions"),
            index_results_url_name=self.get_url_name("submissions_results"),
            export_filename="aanmeldingen",
        )

    @property
    def submissions_view_class(self):
        return type("SubmissionsIndexView", (SubmissionsIndexMixin, self.index_view_class), {})

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path(
                "aanmeldingen/",
                self.construct_view(self.submissions_view_class, **self.submissions_view_kwargs),
                name="submissions",
            ),
            path(
                "aanmeldingen/results/",
                self.construct_view(
                    self.submissions_view_class, **self.submissions_view_kwargs, results_only=True
                ),
                name="submissions_results",
            ),
            path("importeren/", PracticeImportView.as_view(), name="import"),
            path(
                "importeren/sjabloon.csv",
                ImportTemplateView.as_view(file_format="csv"),
                name="import_template_csv",
            ),
            path(
                "importeren/sjabloon.xlsx",
                ImportTemplateView.as_view(file_format="xlsx"),
                name="import_template_xlsx",
            ),
        ]
