"""Demo publications (data in publications/demo_content.py): the real publications with
their public metadata and a link to the source, and one fictional draft. No files: the
portal holds no copy of these publications."""

from datetime import date

from django.utils.html import escape

from .demo_content import PUBLICATIONS, SOURCE_CHECKED
from .models import Author, KeyLesson, Publication


def load():
    existing = set(Publication.objects.values_list("slug", flat=True))
    todo = [spec for spec in PUBLICATIONS if spec["slug"] not in existing]
    for spec in todo:
        source_url = spec.get("source_url") or spec.get("url", "")
        real_source = spec.get("provenance") == "bron"
        publication = Publication(
            title=spec["title"],
            subtitle=spec.get("subtitle", ""),
            slug=spec["slug"],
            kind=spec["kind"],
            year=spec["year"],
            publication_date=date.fromisoformat(spec["date"]) if spec.get("date") else None,
            publisher=spec.get("publisher", ""),
            commissioned_by=spec.get("commissioned_by", ""),
            journal=spec.get("journal", ""),
            volume=spec.get("volume", ""),
            issue=spec.get("issue", ""),
            pages=spec.get("pages", ""),
            doi=spec.get("doi", ""),
            external_url=spec.get("url", ""),
            licence=spec.get("licence", ""),
            language="nl",
            summary="".join(f"<p>{escape(p)}</p>" for p in spec["summary"]),
            provenance=spec.get("provenance", "redactie"),
            source_url=source_url if real_source else "",
            source_checked=date.fromisoformat(SOURCE_CHECKED) if real_source else None,
            is_fictional=spec.get("is_fictional", False),
            live=False,
        )
        publication.authors = [
            Author(
                given_names=a.get("given", ""),
                family_name=a["family"],
                is_organisation=a.get("is_organisation", False),
                affiliation=a.get("affiliation", ""),
            )
            for a in spec["authors"]
        ]
        publication.key_lessons = [KeyLesson(text=text) for text in spec.get("key_lessons", [])]
        publication.save()
        publication.tags.add(*spec["tags"])
        publication.save()
        revision = publication.save_revision()
        if spec["live"]:
            revision.publish()
    return len(todo)
