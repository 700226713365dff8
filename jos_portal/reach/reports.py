"""The report "Bereik" for the editors: views and downloads per record, region, referring
domain, day or month, over a chosen period, with CSV and XLSX downloads of what it shows.

Only the roles that edit content see it (as the other content reports). A record that no
longer exists is listed by its type and number, so the totals stay complete.
"""

from dataclasses import dataclass, field
from datetime import date

from django.apps import apps
from django.db.models import Q, Sum
from django.db.models.functions import TruncMonth
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.reports import ReportView

import django_filters

from jos_portal.accounts.reports import ContentEditorsOnlyMixin
from jos_portal.taxonomy.models import Province

from .models import DIRECT, INTERNAL, OTHER, DailyCount, Kind


class Grouping:
    RECORD = "record"
    REGION = "regio"
    REFERRER = "verwijzer"
    DAY = "dag"
    MONTH = "maand"

    CHOICES = [
        (RECORD, _("Record (meest gelezen eerst)")),
        (REGION, _("Regio van het record")),
        (REFERRER, _("Verwijzend domein")),
        (MONTH, _("Maand")),
        (DAY, _("Dag")),
    ]


REFERRER_LABELS = {
    DIRECT: _("rechtstreeks (geen verwijzer)"),
    INTERNAL: _("vanaf dit portaal"),
    OTHER: _("overig (zelden gezien, boven het maximum of geen geldig domein)"),
}


class ReachFilterSet(WagtailFilterSet):
    indeling = django_filters.ChoiceFilter(
        label=_("Indeling"),
        choices=Grouping.CHOICES,
        empty_label=None,
        method="keep",
        null_label=None,
    )
    day = django_filters.DateFromToRangeFilter(
        label=_("Periode"),
        widget=django_filters.widgets.DateRangeWidget(attrs={"type": "date"}),
    )
    kind = django_filters.ChoiceFilter(label=_("Soort"), choices=Kind.choices)

    class Meta:
        model = DailyCount
        fields = ["indeling", "day", "kind"]

    def keep(self, queryset, name, value):
        """The grouping changes the rows, not which counts go into them."""
        return queryset


@dataclass
class Row:
    label: str
    views: int = 0
    downloads: int = 0
    kind_label: str = ""
    region: str = ""
    url: str = ""
    key: tuple = field(default=())

    @property
    def total(self):
        return self.views + self.downloads


def _add(rows, key, kind, number, **label):
    row = rows.get(key)
    if row is None:
        row = rows[key] = Row(key=key, **label)
    if kind == Kind.DOWNLOAD:
        row.downloads += number
    else:
        row.views += number
    return row


def _record_labels(keys):
    """{(record_type, record_id): (type label, title, public url)} in one query per type."""
    by_type = {}
    for record_type, record_id in keys:
        by_type.setdefault(record_type, set()).add(record_id)
    labels = {}
    for record_type, ids in by_type.items():
        try:
            model = apps.get_model(record_type)
        except (LookupError, ValueError):
            continue
        kind_label = str(model._meta.verbose_name).capitalize()
        for pk, record in model._default_manager.in_bulk(ids).items():
            record = getattr(record, "specific", record)
            url = record.get_url() if hasattr(record, "get_url") else ""
            if not url and hasattr(record, "get_absolute_url"):
                url = record.get_absolute_url()
            if record_type == "wagtaildocs.document":
                url = record.url
            labels[(record_type, pk)] = (kind_label, str(record), url or "")
    return labels


def group(counts, grouping):
    """The rows of the report for DailyCount rows ``counts`` grouped by ``grouping``."""
    rows = {}
    if grouping == Grouping.RECORD:
        totals = counts.values("record_type", "record_id", "region", "kind").annotate(
            number=Sum("count")
        )
        regions = dict(Province.objects.values_list("slug", "name"))
        for item in totals:
            key = (item["record_type"], item["record_id"])
            row = _add(rows, key, item["kind"], item["number"], label="")
            row.region = regions.get(item["region"], item["region"])
        labels = _record_labels(rows)
        for key, row in rows.items():
            kind_label, title, url = labels.get(key, (key[0], f"#{key[1]}", ""))
            row.kind_label, row.label, row.url = kind_label, title, url
        return sorted(rows.values(), key=lambda row: (-row.total, row.label))
    if grouping == Grouping.REGION:
        regions = dict(Province.objects.values_list("slug", "name"))
        for item in counts.values("region", "kind").annotate(number=Sum("count")):
            slug = item["region"]
            label = regions.get(slug, slug) if slug else str(_("geen regio (landelijk)"))
            _add(rows, slug, item["kind"], item["number"], label=label)
        return sorted(rows.values(), key=lambda row: (-row.total, row.label))
    if grouping == Grouping.REFERRER:
        for item in counts.values("referrer", "kind").annotate(number=Sum("count")):
            referrer = item["referrer"]
            label = str(REFERRER_LABELS.get(referrer, referrer))
            _add(rows, referrer, item["kind"], item["number"], label=label)
        return sorted(rows.values(), key=lambda row: (-row.total, row.label))
    if grouping == Grouping.MONTH:
        totals = (
            counts.annotate(month=TruncMonth("day"))
            .values("month", "kind")
            .annotate(number=Sum("count"))
        )
        for item in totals:
            month = item["month"]
            if not isinstance(month, date):  # SQLite may answer with a datetime
                month = date.fromisoformat(str(month)[:10])
            _add(rows, month, item["kind"], item["number"], label=month.strftime("%Y-%m"))
        return [rows[key] for key in sorted(rows, reverse=True)]
    for item in counts.values("day", "kind").annotate(number=Sum("count")):
        day = item["day"]
        _add(rows, day, item["kind"], item["number"], label=day.isoformat())
    return [rows[key] for key in sorted(rows, reverse=True)]


class ReachReportView(ContentEditorsOnlyMixin, ReportView):
    page_title = _("Bereik")
    header_icon = "view"
    index_url_name = "jos_report_reach"
    index_results_url_name = "jos_report_reach_results"
    filterset_class = ReachFilterSet
    paginate_by = 50
    no_results_message = _(
        "Nog geen weergaven of downloads in deze periode. Tellingen komen er binnen enkele "
        "minuten bij."
    )

    @cached_property
    def grouping(self):
        value = self.request.GET.get("indeling", Grouping.RECORD)
        return value if value in dict(Grouping.CHOICES) else Grouping.RECORD

    @property
    def export_filename(self):
        return f"bereik-per-{self.grouping}"

    @property
    def columns(self):
        if self.grouping == Grouping.RECORD:
            return [
                TitleColumn("label", label=_("Record"), get_url=lambda row: row.url or None),
                Column("kind_label", label=_("Soort")),
                Column("region", label=_("Regio")),
                Column("views", label=_("Weergaven")),
                Column("downloads", label=_("Downloads")),
            ]
        label = dict(Grouping.CHOICES)[self.grouping]
        return [
            Column("label", label=label),
            Column("views", label=_("Weergaven")),
            Column("downloads", label=_("Downloads")),
        ]

    @property
    def list_export(self):
        if self.grouping == Grouping.RECORD:
            return ["label", "kind_label", "region", "views", "downloads", "url"]
        return ["label", "views", "downloads"]

    @property
    def export_headings(self):
        return {
            "label": dict(Grouping.CHOICES)[self.grouping]
            if self.grouping != Grouping.RECORD
            else _("Record"),
            "kind_label": _("Soort"),
            "region": _("Regio"),
            "views": _("Weergaven"),
            "downloads": _("Downloads"),
            "url": _("Adres"),
        }

    def get_queryset(self):
        return DailyCount.objects.all()

    def filter_queryset(self, queryset):
        if self.filters is not None and not self.filters.is_valid():
            return []  # the form shows what is wrong
        if self.filters is not None:
            queryset = self.filters.filter_queryset(queryset)
        return group(queryset.filter(~Q(count=0)), self.grouping)
