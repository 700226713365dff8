"""The demo content follows the honesty rule: a fictional example names no real
organisation, municipality as a party, venue or person, and a real record names only what
docs/echte-namen.txt allows and claims only what its public source supports."""

import html
import re
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.db import models

from wagtail.fields import StreamField

import pytest

from jos_portal.taxonomy.models import Municipality, Organisation
from jos_portal.taxonomy.provenance import ProvenanceMixin
from practices.models import Practice
from publications.models import Publication
from workshops.models import Session, Workplace

pytestmark = pytest.mark.django_db

ALLOW_LIST = Path(settings.BASE_DIR) / "docs" / "echte-namen.txt"

# Real names that FACTS.md mentions but no demo record may use, and real venues: they are
# checked too, so that they cannot creep in.
REAL_BUT_NOT_ALLOWED = [
    "Huisman",
    "Kooijmans",
    "Movisie",
    "RIVM",
    "NCJ",
    "Loket Gezond Leven",
    "Erkenningscommissie",
    "Kenniscentrum Sport & Bewegen",
    "Rijksoverheid",
    "Ministerie van VWS",
    "Ministerie van SZW",
    "LocHal",
    "Bibliotheek Neude",
    "Youthspot",
]


def allow_list():
    """{name: fact} from docs/echte-namen.txt."""
    names = {}
    for line in ALLOW_LIST.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, _, fact = (part.strip() for part in line.partition("|"))
        assert name and fact, f"Elke naam heeft een feit: {line!r}"
        names[name] = fact
    return names


def municipality_patterns():
    """'Gemeente X' and 'de gemeenten X, Y' for every municipality: a municipality as a party."""
    names = sorted(Municipality.objects.values_list("name", flat=True), key=len, reverse=True)
    alternatives = "|".join(re.escape(name) for name in names)
    return re.compile(rf"\bgemeenten?\s+(?:{alternatives})\b", re.IGNORECASE)


def name_pattern(name):
    # Case-sensitive with word edges: 'JoU' is a name, 'jou' is a Dutch word.
    return re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")


def texts(obj, depth=0):
    """Every text an object shows: its text, rich-text and stream fields, the names of the
    organisations it points at, and the same for its child rows (partners, findings,
    authors, key lessons, materials)."""
    found = []
    for field in obj._meta.concrete_fields:
        if isinstance(field, StreamField):
            found.append(field.value_to_string(obj))
        elif isinstance(field, models.CharField | models.TextField):
            found.append(field.value_from_object(obj) or "")
        elif field.is_relation and field.related_model is Organisation:
            organisation = getattr(obj, field.name)
            if organisation is not None:
                found.append(organisation.name)
    if depth < 2:
        for relation in obj._meta.related_objects:
            if not relation.one_to_many or relation.related_model._meta.app_label in {
                "wagtailcore",
                "taggit",
            }:
                continue
            accessor = relation.get_accessor_name()
            if accessor in {"sessions"} and depth == 0:
                continue  # a werkplaats's sessions are records of their own
            manager = getattr(obj, accessor, None)
            if manager is None:
                continue
            for child in manager.all():
                if isinstance(child, ProvenanceMixin):
                    continue
                found.extend(texts(child, depth + 1))
    return [html.unescape(text) for text in found if text]


def records():
    for model in apps.get_models():
        if issubclass(model, ProvenanceMixin):
            yield from model._default_manager.all()


def real_names_in(text, names):
    return {name for name in names if name_pattern(name).search(text)}


def test_the_allow_list_gives_a_fact_for_every_name():
    names = allow_list()
    assert "Gemeente Tilburg" in names and "Rijnders" in names
    assert not set(names) & set(REAL_BUT_NOT_ALLOWED)


def test_no_fictional_record_names_a_real_organisation_party_venue_or_person(demo):
    allowed = allow_list()
    real = [*allowed, *REAL_BUT_NOT_ALLOWED]
    parties = municipality_patterns()
    problems = []
    fictional = [r for r in records() if r.is_fictional]
    assert len(fictional) >= 40
    for record in fictional:
        for text in texts(record):
            found = real_names_in(text, real)
            found |= {m.group(0) for m in parties.finditer(text)}
            if found:
                problems.append(f"{type(record).__name__} '{record}': {sorted(found)}")
    assert not problems, "\n".join(problems)


def test_real_records_name_only_what_the_allow_list_allows(demo):
    allowed = allow_list()
    parties = municipality_patterns()
    problems = []
    real = [r for r in records() if not r.is_fictional]
    assert len(real) >= 7
    for record in real:
        for text in texts(record):
            found = real_names_in(text, REAL_BUT_NOT_ALLOWED)
            found |= {m.group(0) for m in parties.finditer(text)} - set(allowed)
            if found:
                problems.append(f"{type(record).__name__} '{record}': {sorted(found)}")
    for organisation in Organisation.objects.all():
        if parties.fullmatch(organisation.name) and organisation.name not in allowed:
            problems.append(f"organisatie '{organisation.name}' is een gemeente als partij")
        if organisation.name in REAL_BUT_NOT_ALLOWED:
            problems.append(f"organisatie '{organisation.name}' staat niet op de lijst")
    assert not problems, "\n".join(problems)


def test_organisations_used_by_fictional_records_are_invented(demo):
    allowed = allow_list()
    parties = municipality_patterns()
    for practice in Practice.objects.prefetch_related("organisations__organisation"):
        assert practice.is_fictional
        for row in practice.organisations.all():
            name = row.organisation.name
            assert name not in allowed and not parties.search(name), name
            assert row.organisation.municipality is None, name
    voorbeeld = Workplace.objects.get(is_fictional=True)
    for row in voorbeeld.partners.all():
        assert row.organisation.name not in allowed, row.organisation.name


def test_fictional_records_carry_no_sourced_claims(demo):
    for record in records():
        if record.is_fictional:
            assert record.provenance == "redactie", record
            assert not record.source_url and record.source_checked is None, record
    for practice in Practice.objects.all():
        assert practice.last_reviewed is None, practice
        # An invented evaluation is allowed only as a marked, link-less invention.
        assert not practice.evidence_url, practice
        if practice.evidence_level == "geevalueerd":
            evaluations = list(practice.evaluations.all())
            assert evaluations, practice
            for evaluation in evaluations:
                assert "(fictief)" in evaluation.conducted_by, evaluation
                assert not evaluation.url, evaluation
        assert not re.search(r"\d+\s*(%|procent)", practice.results), practice


def test_real_werkplaatsen_show_only_their_public_facts(demo):
    allowed = allow_list()
    for workplace in Workplace.objects.filter(is_fictional=False):
        assert workplace.slug in {"tilburg", "utrecht"}
        assert workplace.provenance == "bron" and workplace.source_url.startswith("https://")
        assert workplace.source_checked is not None
        assert workplace.start_date.isoformat() == "2018-12-01"
        assert workplace.end_date is None
        assert not workplace.sessions.exists()
        partners = {row.organisation.name for row in workplace.partners.all()}
        assert partners and partners <= set(allowed), partners
    voorbeeld = Workplace.objects.get(is_fictional=True)
    assert "fictief" in voorbeeld.name.lower()
    sessions = Session.objects.filter(workplace=voorbeeld)
    assert sessions.exists() and not sessions.filter(is_fictional=False).exists()


def test_real_publications_claim_nothing_beyond_their_metadata(demo):
    for publication in Publication.objects.filter(is_fictional=False):
        assert publication.document is None
        assert not publication.chapters.exists()
        assert not publication.key_lessons.exists()
        assert not publication.references.exists()
        if publication.provenance == "bron":
            assert publication.source_url.startswith("https://")
            assert publication.doi or publication.external_url


def test_the_check_catches_a_fictional_record_that_names_a_real_organisation(demo):
    """The checks above can fail: a real name slipped into an example is found."""
    practice = Practice.objects.filter(is_fictional=True).first()
    practice.summary = "Samen met ContourdeTwern en de gemeente Goirle."
    found = set()
    for text in texts(practice):
        found |= real_names_in(text, allow_list())
        found |= {m.group(0) for m in municipality_patterns().finditer(text)}
    assert found == {"ContourdeTwern", "gemeente Goirle"}
