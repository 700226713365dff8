"""How to cite a publication: APA 7 (text and HTML), BibTeX, RIS and Highwire meta tags.

The Highwire date and the filtering of empty tags are shared with the other citable
records (``jos_portal/taxonomy/citing.py``). All functions take the publication and its
authors in citation order (a list), so the caller controls the queries.
"""

import re
import unicodedata

from django.utils.html import format_html
from django.utils.safestring import mark_safe

from jos_portal.taxonomy.citing import highwire_date, meta_pairs

BIBTEX_TYPES = {
    "artikel": "article",
    "onderzoeksrapport": "techreport",
    "literatuurstudie": "techreport",
}
RIS_TYPES = {"artikel": "JOUR", "onderzoeksrapport": "RPRT", "literatuurstudie": "RPRT"}


def initials(given_names):
    """'Paul' -> 'P.', 'Jan Willem' -> 'J. W.', 'Anne-Marie' -> 'A.-M.'."""
    parts = []
    for name in given_names.split():
        parts.append("-".join(f"{piece[0]}." for piece in name.split("-") if piece))
    return " ".join(parts)


def family(author):
    """The family name with its particle ('van der Berg'); an organisation's name as is."""
    if author.is_organisation:
        return author.family_name
    return f"{author.particle} {author.family_name}".strip()


def inverted_name(author):
    """'van der Berg, Jan' (RIS, Highwire); 'Platform JEP' for organisations."""
    if author.is_organisation or not author.given_names:
        return family(author)
    return f"{family(author)}, {author.given_names}"


def apa_author(author):
    given = "" if author.is_organisation else initials(author.given_names)
    return f"{family(author)}, {given}" if given else family(author)


def apa_authors(authors):
    names = [apa_author(a) for a in authors]
    if not names:
        return ""
    if len(names) == 1:
        return names[0]
    if len(names) > 20:
        names = [*names[:19], "…", names[-1]]
        return ", ".join(names[:-1]) + " " + names[-1]
    return ", ".join(names[:-1]) + ", & " + names[-1]


def _link(publication):
    if publication.doi:
        return f"https://doi.org/{publication.doi}"
    return publication.external_url


def apa_parts(publication, authors):
    """(authors and year, title, italic source or None, link). In a journal article the
    journal and volume are italic; otherwise the title is."""
    head = f"{apa_authors(authors)} ({publication.year})."
    source = None
    if publication.kind == "artikel" and publication.journal:
        source = publication.journal
        if publication.volume:
            source += f", {publication.volume}"
    return head, publication.full_title, source, _link(publication)


def apa_text(publication, authors):
    """APA 7 reference as plain text."""
    head, title, source, link = apa_parts(publication, authors)
    pub = publication
    if source:
        text = f"{head} {title}. {source}"
        if pub.issue:
            text += f"({pub.issue})"
        if pub.pages:
            text += f", {pub.pages.replace('-', '–')}"
        text += "."
    else:
        text = f"{head} {title}."
        if pub.publisher and pub.publisher not in {a.family_name for a in authors}:
            text += f" {pub.publisher}."
    if link:
        text += f" {link}"
    return text


def apa_html(publication, authors):
    """APA 7 reference as HTML with the italics APA asks for."""
    head, title, source, link = apa_parts(publication, authors)
    pub = publication
    if source:
        html = format_html("{} {}. <i>{}</i>", head, title, source)
        if pub.issue:
            html += format_html("({})", pub.issue)
        if pub.pages:
            html += format_html(", {}", pub.pages.replace("-", "–"))
        html += "."
    else:
        html = format_html("{} <i>{}</i>.", head, title)
        if pub.publisher and pub.publisher not in {a.family_name for a in authors}:
            html += format_html(" {}.", pub.publisher)
    if link:
        html += format_html(' <a href="{}">{}</a>', link, link)
    return mark_safe(html)  # noqa: S308 - every part above went through format_html


# BibTeX ------------------------------------------------------------------------------

BIBTEX_SPECIAL = re.compile(r"([&%$#_{}])")


def bibtex_escape(value):
    return BIBTEX_SPECIAL.sub(r"\\\1", str(value)).replace("~", r"\textasciitilde{}")


def bibtex_author(author):
    if author.is_organisation:
        return "{" + bibtex_escape(author.family_name) + "}"
    return bibtex_escape(inverted_name(author))


def _ascii_word(value):
    plain = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]", "", plain.lower())


def citation_key(publication, authors):
    """'mutsaers2020handen': first author's family name, year, first title word."""
    first = authors[0].family_name if authors else ""
    title_word = publication.title.split()[0] if publication.title else ""
    return f"{_ascii_word(first) or 'jos'}{publication.year}{_ascii_word(title_word)}"


def bibtex(publication, authors):
    entry_type = BIBTEX_TYPES.get(publication.kind, "misc")
    fields = [
        ("author", " and ".join(bibtex_author(a) for a in authors)),
        ("title", "{" + bibtex_escape(publication.full_title) + "}"),
        ("year", str(publication.year)),
    ]
    if entry_type == "article":
        fields += [
            ("journal", bibtex_escape(publication.journal)),
            ("volume", publication.volume),
            ("number", publication.issue),
            ("pages", publication.pages.replace("-", "--")),
        ]
    elif entry_type == "techreport":
        fields.append(("institution", bibtex_escape(publication.publisher)))
    else:
        fields.append(("publisher", bibtex_escape(publication.publisher)))
    if publication.commissioned_by:
        fields.append(("note", bibtex_escape(f"In opdracht van {publication.commissioned_by}")))
    fields += [
        ("doi", publication.doi),
        ("url", "" if publication.doi else publication.external_url),
        ("isbn", publication.isbn),
        ("language", {"nl": "dutch", "en": "english"}.get(publication.language, "")),
    ]
    lines = [f"@{entry_type}{{{citation_key(publication, authors)},"]
    lines += [f"  {name} = {{{value}}}," for name, value in fields if value]
    lines.append("}")
    return "\n".join(lines) + "\n"


# RIS ---------------------------------------------------------------------------------


def ris(publication, authors, abstract=""):
    """RIS as read by Zotero, EndNote and Mendeley (CRLF line ends)."""
    rows = [("TY", RIS_TYPES.get(publication.kind, "GEN"))]
    rows += [("AU", inverted_name(author)) for author in authors]
    rows += [("TI", publication.full_title), ("PY", str(publication.year))]
    if publication.publication_date:
        rows.append(("DA", publication.publication_date.strftime("%Y/%m/%d")))
    if publication.journal:
        rows += [("T2", publication.journal), ("VL", publication.volume), ("IS", publication.issue)]
    if publication.pages:
        first, _, last = publication.pages.partition("-")
        rows += [("SP", first), ("EP", last)]
    rows += [
        ("PB", publication.publisher),
        ("DO", publication.doi),
        ("UR", _link(publication)),
        ("SN", publication.isbn),
        ("LA", publication.language),
        ("AB", abstract),
    ]
    rows += [("KW", tag.name) for tag in publication.tags.all()]
    rows.append(("ER", ""))
    return "".join(f"{tag}  - {value}\r\n" for tag, value in rows if value or tag == "ER")


# Highwire Press meta tags (Google Scholar, Zotero) -----------------------------------


def highwire_tags(publication, authors, pdf_url=""):
    """(name, content) pairs for <meta name="citation_*"> tags."""
    tags = [("citation_title", publication.full_title)]
    for author in authors:
        tags.append(("citation_author", inverted_name(author)))
        if author.affiliation:
            tags.append(("citation_author_institution", author.affiliation))
    tags.append(
        (
            "citation_publication_date",
            highwire_date(publication.publication_date, publication.year),
        )
    )
    if publication.journal:
        tags += [
            ("citation_journal_title", publication.journal),
            ("citation_volume", publication.volume),
            ("citation_issue", publication.issue),
        ]
    if publication.pages:
        first, _, last = publication.pages.partition("-")
        tags += [("citation_firstpage", first), ("citation_lastpage", last)]
    if publication.kind != "artikel" and publication.publisher:
        tags.append(("citation_technical_report_institution", publication.publisher))
    tags += [
        ("citation_publisher", publication.publisher),
        ("citation_doi", publication.doi),
        ("citation_isbn", publication.isbn),
        ("citation_language", publication.language),
        ("citation_pdf_url", pdf_url),
    ]
    return meta_pairs(tags)
