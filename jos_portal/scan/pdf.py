"""The scan result as a PDF for the team meeting, made on the server with fpdf2.

The built-in Helvetica covers Latin-1, which holds Dutch; other characters (curly
quotes, dashes) are mapped to plain ones first.
"""

from io import BytesIO

from django.utils.html import strip_tags
from django.utils.text import normalize_newlines
from django.utils.timezone import localdate
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from fpdf import FPDF

from jos_portal.taxonomy.provenance import labelled

from .scoring import GROUP_LABELS

PLAIN = str.maketrans(
    {"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-", "…": "...", "\u00a0": " "}
)
BAR_WIDTH = 70


def plain(text):
    text = normalize_newlines(strip_tags(str(text))).translate(PLAIN)
    return text.encode("latin-1", "replace").decode("latin-1")


def score_text(score):
    return _("niet te bepalen") if score is None else f"{score}%"


class ResultPDF(FPDF):
    def footer(self):
        self.set_y(-15)
        self.set_font("Helvetica", "", 8)
        self.set_text_color(90)
        self.cell(0, 10, plain(_("Samenwerkingsscan - JOS kennisportaal")), align="L")
        self.cell(0, 10, f"{self.page_no()}", align="R")


def _score_row(pdf, label, score, bold=False):
    pdf.set_font("Helvetica", "B" if bold else "", 10)
    y = pdf.get_y()
    pdf.multi_cell(90, 6, plain(label), new_x="RIGHT", new_y="TOP")
    height = pdf.get_y() - y if pdf.get_y() > y else 6
    pdf.set_xy(110, y)
    if score is not None:
        pdf.set_fill_color(31, 95, 140)
        pdf.rect(110, y + 1.5, BAR_WIDTH * score / 100, 3.5, style="F")
    pdf.set_draw_color(180)
    pdf.rect(110, y + 1.5, BAR_WIDTH, 3.5)
    pdf.set_xy(110 + BAR_WIDTH + 3, y)
    pdf.cell(0, 6, plain(score_text(score)), new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(max(pdf.get_y(), y + max(height, 6)))


def _heading(pdf, text, size=13):
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", size)
    pdf.multi_cell(0, 7, plain(text), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


def _paragraph(pdf, text, size=10):
    pdf.set_font("Helvetica", "", size)
    pdf.multi_cell(0, 5, plain(text), new_x="LMARGIN", new_y="NEXT")


def result_pdf(context):
    """The PDF bytes for a result context from ScanRoutesMixin.result_context."""
    result, profile, version = context["result"], context["profile"], context["version"]
    pdf = ResultPDF(format="A4")
    pdf.set_title(plain(_("Uitslag samenwerkingsscan")))
    pdf.set_author("JOS kennisportaal")
    pdf.set_auto_page_break(auto=True, margin=18)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 18)
    pdf.multi_cell(0, 9, plain(_("Uitslag van de samenwerkingsscan")))
    pdf.ln(1)
    details = [
        _("Gemaakt op %(date)s, versie %(number)s van de scan.")
        % {"date": localdate().strftime("%d-%m-%Y"), "number": version.number},
        ngettext(
            "%(answered)s van de %(total)s stelling beantwoord.",
            "%(answered)s van de %(total)s stellingen beantwoord.",
            result.total,
        )
        % {"answered": result.answered, "total": result.total},
    ]
    if profile["school_type"]:
        details.append(_("Schooltype: %(name)s") % {"name": profile["school_type"].name})
    if profile["municipality"]:
        details.append(_("Gemeente: %(name)s") % {"name": profile["municipality"].display_name})
    if profile["stage_label"]:
        details.append(_("Fase: %(stage)s") % {"stage": profile["stage_label"]})
    _paragraph(pdf, "\n".join(details))
    _paragraph(pdf, _("Online: %(url)s") % {"url": context["result_url"]}, size=8)
    _paragraph(
        pdf,
        _(
            "Deze scan is een hulpmiddel voor een gesprek, geen gevalideerd meetinstrument. "
            "De scores zijn niet getoetst in onderzoek."
        ),
        size=9,
    )

    _heading(pdf, _("Score per onderdeel"))
    for group in result.groups:
        _score_row(pdf, group.label, group.score, bold=True)

    _heading(pdf, _("Score per factor"))
    for group in result.groups:
        pdf.set_font("Helvetica", "B", 10)
        pdf.cell(0, 7, plain(GROUP_LABELS[group.kind]), new_x="LMARGIN", new_y="NEXT")
        for factor in group.factors:
            _score_row(pdf, factor.name, factor.score)

    if result.strengths:
        _heading(pdf, _("Sterke punten"))
        _paragraph(pdf, "\n".join(f"- {f.name} ({f.score}%)" for f in result.strengths))

    _heading(pdf, _("Waar jullie aandacht aan kunnen geven"))
    if not result.attention:
        _paragraph(pdf, _("Geen factoren scoren laag. Houd vast wat goed gaat."))
    for factor in result.attention:
        _heading(pdf, f"{factor.name} ({score_text(factor.score)})", size=11)
        advice = getattr(factor, "advice", None)
        if not advice:
            continue
        if advice["factor"].what_you_can_do:
            _paragraph(
                pdf, _("Wat kun je doen? %(text)s") % {"text": advice["factor"].what_you_can_do}
            )
        if advice["practices"]:
            _paragraph(
                pdf,
                _("Praktijkvoorbeelden: %(titles)s")
                % {"titles": "; ".join(labelled(p, p.title) for p in advice["practices"])},
            )
        if advice["findings"]:
            _paragraph(
                pdf,
                _("Uit de werkplaatsen: %(titles)s")
                % {
                    "titles": "; ".join(
                        labelled(f.session, f.session.title) for f in advice["findings"]
                    )
                },
            )
        if advice["chapters"]:
            _paragraph(
                pdf,
                _("Om te lezen: %(titles)s")
                % {
                    "titles": "; ".join(
                        f"{labelled(c.publication, c.publication.title)}, {c.title}"
                        for c in advice["chapters"]
                    )
                },
            )
    buffer = BytesIO()
    pdf.output(buffer)
    return buffer.getvalue()
