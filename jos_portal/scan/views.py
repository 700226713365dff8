"""The scan's routes: start, one step per group plus an optional profile step, the
result with its PDF, and "samen invullen" with the side-by-side comparison.

The form needs no JavaScript and no server storage: every step is a GET form that
carries the earlier answers in hidden fields; the last one is turned into a result code
(codes.py) and the browser is sent to the result URL. Mixed into ScanPage (models.py);
this module does not import the models, to keep the import one-way.
"""

import re
import textwrap

from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from wagtail.contrib.routable_page.models import path

from jos_portal.taxonomy import params
from jos_portal.taxonomy.models import Municipality, SchoolType

from . import codes, recommendations
from .codes import DONT_KNOW, MISSING, SCALE, STAGES, Answers, CodeError
from .scoring import ANSWER_LABELS, GROUP_LABELS, GROUP_ORDER, score

DONT_KNOW_PARAM = "weet-niet"
ANSWER_PARAM = re.compile(r"a\d{1,6}")
# A gap of a full answer step or more (a third of the scale) is worth talking about.
COMPARE_TALK_GAP = 34
STAGE_LABELS = {
    "verkennen": gettext_lazy("verkennen: we oriënteren ons op samenwerking"),
    "opstarten": gettext_lazy("opstarten: we zijn net begonnen"),
    "lopend": gettext_lazy("lopend: we werken al een tijd samen"),
    "geborgd": gettext_lazy("geborgd: de samenwerking is vast onderdeel van school en wijk"),
}


class BadScanInput(Exception):
    """Input the scan cannot use; becomes a 400 (or 404) page with a Dutch message."""

    def __init__(self, message, status=400):
        super().__init__(message)
        self.message = message
        self.status = status


def stage_choices():
    return [(value, STAGE_LABELS[value]) for value in STAGES]


def steps_of(statements):
    """The form's steps: one per group that has statements, then the profile step."""
    steps = []
    for kind in GROUP_ORDER:
        items = [(pos, s) for pos, s in enumerate(statements) if s["kind"] == kind]
        if items:
            steps.append({"kind": kind, "label": GROUP_LABELS[kind], "items": items})
    steps.append({"kind": "profiel", "label": _("Over jullie samenwerking"), "items": []})
    for number, step in enumerate(steps, start=1):
        step["number"] = number
    return steps


def read_answers(query, statement_count):
    """Answers and profile from the form's query string; raises BadScanInput."""
    values = [MISSING] * statement_count
    for key in query:
        # Answers are a0, a1, ...; other parameters (tracking, typos) are ignored.
        if not ANSWER_PARAM.fullmatch(key):
            continue
        index = params.number(key[1:])
        if index is None or index >= statement_count:
            raise BadScanInput(_("Het formulier bevat een stelling die niet in de scan staat."))
        raw = params.text(query, key)
        if raw == "":
            continue
        if raw == DONT_KNOW_PARAM:
            values[index] = DONT_KNOW
        elif params.number(raw) in SCALE:
            values[index] = params.number(raw)
        else:
            raise BadScanInput(
                _("Een antwoord heeft een waarde die niet bestaat. Kies een van de opties.")
            )
    stage = params.text(query, "fase")
    if stage and stage not in STAGES:
        raise BadScanInput(_("Onbekende fase van de samenwerking."))
    school_type_id = None
    slug = params.text(query, "schooltype")
    if slug:
        school_type = SchoolType.objects.filter(slug=slug).first()
        if school_type is None:
            raise BadScanInput(_("Onbekend schooltype."))
        school_type_id = school_type.pk
    municipality_code = params.text(query, "gemeente")
    if municipality_code and not (
        len(municipality_code) == 6
        and municipality_code.startswith("GM")
        and params.number(municipality_code[2:]) is not None
        and Municipality.objects.filter(code=municipality_code).exists()
    ):
        raise BadScanInput(_("Onbekende gemeente."))
    return Answers(
        values=tuple(values),
        stage=stage,
        school_type_id=school_type_id,
        municipality_code=municipality_code,
    )


def answer_param(value):
    if value == DONT_KNOW:
        return DONT_KNOW_PARAM
    return str(value) if value in SCALE else ""


CHART_WIDTH = 640
CHART_LABEL_CHARS = 40
CHART_BAR_X = 320
CHART_BAR_MAX = 260
CHART_ROW = 32
CHART_LINE = 18


def bar_chart(items):
    """Geometry for the inline SVG bar chart of scores (groups or factors). A long label
    wraps onto more lines and its row grows with it: no label is cut off."""
    rows = []
    top = 0
    for item in items:
        label = str(getattr(item, "label", "") or item.name)
        lines = textwrap.wrap(label, CHART_LABEL_CHARS, break_long_words=False) or [""]
        height = max(CHART_ROW, len(lines) * CHART_LINE + 14)
        middle = top + height / 2
        width = round(CHART_BAR_MAX * (item.score or 0) / 100, 1)
        rows.append(
            {
                "label": label,
                "lines": lines,
                "first_line_y": round(middle - (len(lines) - 1) * CHART_LINE / 2 + 5, 1),
                "line_height": CHART_LINE,
                "score": item.score,
                "bar_y": round(middle - 10, 1),
                "text_y": round(middle + 5, 1),
                "width": width,
                "value_x": CHART_BAR_X + width + 8,
            }
        )
        top += height
    return {
        "rows": rows,
        "width": CHART_WIDTH,
        "height": top + 8,
        "bar_x": CHART_BAR_X,
        "bar_max": CHART_BAR_MAX,
    }


class ScanRoutesMixin:
    """Routes of ScanPage. Requires RoutablePageMixin after it in the bases."""

    template = "scan/scan_page.html"

    # Helpers --------------------------------------------------------------------

    def sub_url(self, name, *args):
        return self.url + self.reverse_subpage(name, args=args).lstrip("/")

    def bad_input(self, request, error):
        return render(
            request,
            "bad_request.html",
            {
                "message": error.message,
                "back_url": self.url,
                "back_label": _("Terug naar de samenwerkingsscan"),
            },
            status=error.status,
        )

    def version_from(self, request):
        """The version the form is filled in for: its hidden field, else the newest."""
        current = self.current_version()
        raw = params.text(request.GET, "versie")
        if not raw or raw == str(current.number):
            return current
        raise BadScanInput(
            _(
                "De scan is aangepast terwijl je hem invulde, of het formulier klopt niet. "
                "Begin opnieuw; het invullen duurt maar een paar minuten."
            )
        )

    def load_result(self, code):
        """(version, Answers) for a result code; raises CodeError."""
        number = codes.parse_version(code)
        version = self.versions.filter(number=number).first()
        if version is None:
            raise CodeError(
                _(
                    "Deze uitslag hoort bij een versie van de scan die we niet kennen. "
                    "Controleer de link of vul de scan opnieuw in."
                ),
                status=404,
            )
        return version, codes.decode(code, len(version.statements))

    def profile_of(self, answers):
        """The school type and municipality a result names (absent ones become None)."""
        school_type = municipality = None
        if answers.school_type_id is not None:
            school_type = SchoolType.objects.filter(pk=answers.school_type_id).first()
        if answers.municipality_code:
            municipality = (
                Municipality.objects.select_related("province")
                .filter(code=answers.municipality_code)
                .first()
            )
        return {
            "school_type": school_type,
            "municipality": municipality,
            "stage": answers.stage,
            "stage_label": STAGE_LABELS[answers.stage] if answers.stage else "",
        }

    def result_context(self, request, version, answers, code):
        result = score(version.statements, answers.values)
        profile = self.profile_of(answers)
        advice = recommendations.for_factors(
            [f.factor_id for f in result.attention],
            school_type=profile["school_type"],
            municipality=profile["municipality"],
            stage=answers.stage,
        )
        for factor in result.attention:
            factor.advice = advice.get(factor.factor_id)
        return {
            "result": result,
            "version": version,
            "is_current_version": version.number == self.current_version().number,
            "profile": profile,
            "code": code,
            "result_url": request.build_absolute_uri(self.sub_url("result", code)),
            "pdf_url": self.sub_url("result_pdf", code),
            "compare_url": self.sub_url("together") + "?" + urlencode({"a": code}),
            "group_chart": bar_chart(result.groups),
            "factor_chart": bar_chart(result.factors),
        }

    # Routes ---------------------------------------------------------------------

    @path("", name="start")
    def start(self, request):
        if getattr(request, "is_preview", False):
            statements = self.statement_snapshot()
            version = None
        else:
            version = self.current_version()
            statements = version.statements
        return self.render(
            request,
            context_overrides={
                "version": version,
                "steps": steps_of(statements),
                "statement_count": len(statements),
                "is_preview": getattr(request, "is_preview", False),
                "first_step_url": self.sub_url("step", 1),
                "together_url": self.sub_url("together"),
            },
        )

    @path("stap/<int:step>/", name="step")
    def step(self, request, step):
        try:
            version = self.version_from(request)
            answers = read_answers(request.GET, len(version.statements))
        except BadScanInput as error:
            return self.bad_input(request, error)
        steps = steps_of(version.statements)
        if not 1 <= step <= len(steps):
            return self.bad_input(
                request, BadScanInput(_("Deze stap bestaat niet in de scan."), status=404)
            )
        current = steps[step - 1]
        shown = {pos for pos, _statement in current["items"]}
        questions = [
            {
                "position": pos,
                "text": statement["text"],
                "source": statement.get("source", ""),
                "value": answer_param(answers.values[pos]),
            }
            for pos, statement in current["items"]
        ]
        hidden = [
            (f"a{pos}", answer_param(value))
            for pos, value in enumerate(answers.values)
            if pos not in shown and value != MISSING
        ]
        is_profile = current["kind"] == "profiel"
        # Validated by read_answers above.
        school_type_slug = params.text(request.GET, "schooltype")
        if not is_profile:
            hidden += [
                (name, value)
                for name, value in (
                    ("schooltype", school_type_slug),
                    ("gemeente", answers.municipality_code),
                    ("fase", answers.stage),
                )
                if value
            ]
        context = {
            "version": version,
            "steps": steps,
            "current": current,
            "questions": questions,
            "hidden": hidden,
            "scale": [(str(v), ANSWER_LABELS[v]) for v in SCALE],
            "dont_know": (DONT_KNOW_PARAM, ANSWER_LABELS[DONT_KNOW]),
            "next_url": (
                self.sub_url("finish") if step == len(steps) else self.sub_url("step", step + 1)
            ),
            "previous_url": self.sub_url("step", step - 1) if step > 1 else "",
            "is_last": step == len(steps),
            "is_profile": is_profile,
            "answered": sum(1 for v in answers.values if v != MISSING),
        }
        if is_profile:
            context.update(
                {
                    "school_types": SchoolType.objects.all(),
                    "municipalities": Municipality.objects.select_related("province").order_by(
                        "province__name", "name"
                    ),
                    "stages": stage_choices(),
                    "selected": {
                        "schooltype": school_type_slug,
                        "gemeente": answers.municipality_code,
                        "fase": answers.stage,
                    },
                }
            )
        return self.render(request, template="scan/scan_step.html", context_overrides=context)

    @path("uitslag/", name="finish")
    def finish(self, request):
        try:
            version = self.version_from(request)
            answers = read_answers(request.GET, len(version.statements))
        except BadScanInput as error:
            return self.bad_input(request, error)
        code = codes.encode(version.number, answers)
        return HttpResponseRedirect(self.sub_url("result", code), status=303)

    @path("uitslag/<str:code>/", name="result")
    def result(self, request, code):
        try:
            version, answers = self.load_result(code)
        except CodeError as error:
            return self.bad_input(request, error)
        context = self.result_context(request, version, answers, code)
        return self.render(request, template="scan/scan_result.html", context_overrides=context)

    @path("uitslag/<str:code>/pdf/", name="result_pdf")
    def result_pdf(self, request, code):
        from .pdf import result_pdf

        try:
            version, answers = self.load_result(code)
        except CodeError as error:
            return self.bad_input(request, error)
        context = self.result_context(request, version, answers, code)
        response = HttpResponse(result_pdf(context), content_type="application/pdf")
        response["Content-Disposition"] = f'attachment; filename="samenwerkingsscan-{code}.pdf"'
        return response

    @path("samen-invullen/", name="together")
    def together_route(self, request):
        raw = {
            key: codes.find_code(params.text(request.GET, key, codes.MAX_CODE_LENGTH + 200))
            for key in ("a", "b")
        }
        compared = []
        error = ""
        if raw["a"] and raw["b"]:
            try:
                for key in ("a", "b"):
                    version, answers = self.load_result(raw[key])
                    compared.append(
                        {
                            "code": raw[key],
                            "url": self.sub_url("result", raw[key]),
                            "result": score(version.statements, answers.values),
                        }
                    )
            except CodeError as problem:
                error = problem.message
                compared = []
        context = {
            "codes": raw,
            "error": error,
            "comparison": compare(*compared) if compared else None,
        }
        response = self.render(
            request, template="scan/scan_together.html", context_overrides=context
        )
        if error:
            response.status_code = 400
        return response


def compare(first, second):
    """Groups and factors of two results side by side, with the gap between them."""

    def rows(items_a, items_b, key):
        by_key_b = {key(item): item for item in items_b}
        out, seen = [], set()
        for item in items_a:
            other = by_key_b.get(key(item))
            out.append(row(item, other))
            seen.add(key(item))
        out += [row(None, item) for item in items_b if key(item) not in seen]
        return out

    def row(a, b):
        label = (a or b).label if hasattr(a or b, "label") else (a or b).name
        score_a = a.score if a else None
        score_b = b.score if b else None
        gap = abs(score_a - score_b) if score_a is not None and score_b is not None else None
        return {
            "label": label,
            "slug": getattr(a or b, "slug", ""),
            "a": score_a,
            "b": score_b,
            "gap": gap,
            "talk": gap is not None and gap >= COMPARE_TALK_GAP,
        }

    return {
        "a": first,
        "b": second,
        "groups": rows(first["result"].groups, second["result"].groups, lambda g: g.kind),
        "factors": rows(first["result"].factors, second["result"].factors, lambda f: f.factor_id),
    }
