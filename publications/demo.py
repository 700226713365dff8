"""Demo publications with correct bibliographic data (publications/demo_content.py) and a
generated placeholder PDF each: never a third-party file."""

from datetime import date

from django.core.files.base import ContentFile
from django.utils.html import escape

from wagtail.documents import get_document_model

from jos_portal.taxonomy.models import Factor

from .demo_content import PUBLICATIONS
from .models import Author, Chapter, KeyLesson, Publication, Reference
from .placeholders import placeholder_pdf


def load():
    existing = set(Publication.objects.values_list("slug", flat=True))
    todo = [spec for spec in PUBLICATIONS if spec["slug"] not in existing]
    factors = {f.name: f for f in Factor.objects.all()}
    document_model = get_document_model()
    for spec in todo:
        document = document_model(title=f"{spec['title']} (plaatsvervanger)")
        document.file.save(
            f"{spec['slug']}-plaatsvervanger.pdf", ContentFile(placeholder_pdf(spec)), save=False
        )
        document._set_document_file_metadata()  # file size and hash, as an upload gets
        document.save()
        publication = Publication(
            title=spec["title"],
            subtitle=spec["subtitle"],
            title_is_descriptive=spec.get("title_is_descriptive", False),
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
            isbn=spec.get("isbn", ""),
            external_url=spec.get("url", ""),
            licence=spec.get("licence", ""),
            language=spec.get("language", "nl"),
            summary="".join(f"<p>{escape(p)}</p>" for p in spec["summary"]),
            document=document,
            live=False,
        )
        publication.authors = [
            Author(
                given_names=a["given"],
                particle=a["particle"],
                family_name=a["family"],
                is_organisation=a["is_organisation"],
                affiliation=a["affiliation"],
                orcid=a.get("orcid", ""),
            )
            for a in spec["authors"]
        ]
        publication.key_lessons = [KeyLesson(text=text) for text in spec["key_lessons"]]
        chapters = []
        for item in spec["chapters"]:
            chapter = Chapter(
                number=item["number"],
                title=item["title"],
                summary=item["summary"],
                pages=item["pages"],
            )
            chapter.factors = [factors[name] for name in item["factors"] if name in factors]
            chapters.append(chapter)
        publication.chapters = chapters
        publication.references = [
            Reference(text=r["text"], doi=r.get("doi", ""), url=r.get("url", ""))
            for r in spec["references"]
        ]
        publication.save()
        publication.tags.add(*spec["tags"])
        publication.save()
        revision = publication.save_revision()
        if spec["live"]:
            revision.publish()
    return len(todo)
