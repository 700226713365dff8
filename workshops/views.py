"""Public pages of the werkplaatsen: overview, one workplace, one session."""

from django.db.models import Count, Prefetch, Q
from django.shortcuts import get_object_or_404, render

from jos_portal.taxonomy.models import FACTOR_KIND_PLURALS, Factor
from jos_portal.taxonomy.reach import count_as

from .models import (
    Finding,
    Session,
    Workplace,
    WorkplacePartner,
    findings_by_kind,
)

TOP_FACTORS = 5


def _partners():
    return Prefetch("partners", queryset=WorkplacePartner.objects.select_related("organisation"))


def workplace_list(request):
    workplaces = list(
        Workplace.objects.annotate(session_count=Count("sessions", filter=Q(sessions__live=True)))
        .prefetch_related(_partners())
        .order_by("name")  # Meta.ordering does not apply to GROUP BY queries
    )
    # Factors most often found, per workplace: one aggregate query for all.
    rows = (
        Finding.objects.filter(session__live=True)
        .values("session__workplace_id", "factor__name", "factor__slug", "factor__kind")
        .annotate(sessions=Count("session", distinct=True))
        .order_by("session__workplace_id", "-sessions", "factor__name")
    )
    top = {}
    for row in rows:
        top.setdefault(row["session__workplace_id"], [])
        if len(top[row["session__workplace_id"]]) < TOP_FACTORS:
            top[row["session__workplace_id"]].append(row)
    for workplace in workplaces:
        workplace.top_factors = top.get(workplace.pk, [])
    return render(request, "workshops/workplace_list.html", {"workplaces": workplaces})


def workplace_detail(request, slug):
    workplace = get_object_or_404(
        Workplace.objects.select_related("municipality__province").prefetch_related(
            _partners(), "tags"
        ),
        slug=slug,
    )
    sessions = list(workplace.sessions.published().order_by("date", "pk").prefetch_related("tags"))
    counts = (
        Finding.objects.filter(session__live=True, session__workplace=workplace)
        .values("factor_id")
        .annotate(sessions=Count("session", distinct=True))
    )
    by_factor = {row["factor_id"]: row["sessions"] for row in counts}
    factors = Factor.objects.filter(pk__in=list(by_factor)).order_by("name")
    groups = []
    for kind, label in FACTOR_KIND_PLURALS:
        items = [(f, by_factor[f.pk]) for f in factors if f.kind == kind]
        items.sort(key=lambda item: (-item[1], item[0].name))
        if items:
            groups.append((kind, label, items))
    response = render(
        request,
        "workshops/workplace_detail.html",
        {"workplace": workplace, "sessions": sessions, "groups": groups},
    )
    return count_as(request, response, workplace, workplace.municipality.province)


def session_detail(request, workplace, slug):
    session = get_object_or_404(
        Session.objects.published()
        .select_related("workplace__municipality__province")
        .prefetch_related(
            Prefetch("findings", queryset=Finding.objects.select_related("factor")),
            "documents__document",
            "tags",
        ),
        workplace__slug=workplace,
        slug=slug,
    )
    response = render(
        request,
        "workshops/session_detail.html",
        {
            "session": session,
            "workplace": session.workplace,
            "groups": findings_by_kind(session.findings.all()),
        },
    )
    return count_as(request, response, session, session.workplace.municipality.province)
