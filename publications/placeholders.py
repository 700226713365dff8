"""Placeholder PDFs for demo publications, made offline."""

from io import BytesIO


def placeholder_pdf(spec):
    """A one-page PDF that says it is a placeholder, made offline with fpdf2."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_title(f"Placeholder: {spec['title']}")
    pdf.set_author("JOS kennisportaal (demo)")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.multi_cell(0, 9, "PLAATSVERVANGER - geen echte publicatie")
    pdf.ln(4)
    pdf.set_font("Helvetica", "", 12)
    authors = ", ".join(a["family"] for a in spec["authors"])
    text = (
        f"Dit bestand hoort bij de demo-inhoud van het JOS kennisportaal en vervangt de "
        f"publicatie '{spec['title']}' ({authors}, {spec['year']}). "
        "De echte publicatie is te vinden bij de uitgever."
    )
    pdf.multi_cell(0, 7, text.encode("latin-1", "replace").decode("latin-1"))
    buffer = BytesIO()
    pdf.output(buffer)
    return buffer.getvalue()
