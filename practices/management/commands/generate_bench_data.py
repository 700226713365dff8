"""Generate a large set of published practices for benchmarks (not for real sites)."""

import random
from datetime import date, timedelta

from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from django.utils import timezone

from wagtail.search.backends import get_search_backend

from taggit.models import Tag

from jos_portal.taxonomy.models import Factor, Municipality, SchoolType, TargetGroup
from practices.demo_content import PRACTICES
from practices.models import (
    CollaborationType,
    EvidenceLevel,
    FundingSource,
    Practice,
    PracticeTag,
    PreventionLevel,
    Recognition,
    Stage,
    invalidate_facet_cache,
    status_for_stage,
)

PREFIX = "bench-"
TOPICS = [
    "polarisatie", "radicalisering", "veerkracht", "positief pedagogisch klimaat", "schooluitval",
    "identiteit en idealen", "wij-zij-denken", "informatie delen", "online invloeden",
    "samenwerking", "wijk", "ouders", "continuïteit", "financiering", "gemeentelijk beleid",
    "jongerenwerk", "mentoraat", "pauzes", "sport", "muziek", "burgerschap", "discriminatie",
    "pesten", "groepsdruk", "middelengebruik", "stage", "overstap vo-mbo", "thuiszitters",
]  # fmt: skip
WORDS = [
    "school", "jongerenwerk", "leerlingen", "mentor", "pauze", "wijk", "gesprek", "klas",
    "ouders", "docent", "samenwerking", "vertrouwen", "activiteit", "buurthuis", "zorgoverleg",
    "spanning", "idealen", "identiteit", "verzuim", "stage", "begeleiding", "sport", "muziek",
    "groep", "dilemma", "online", "veiligheid", "plein", "conflict",
]  # fmt: skip


def corpus():
    """The sentences of the demo practice texts."""
    sentences = []
    for spec in PRACTICES:
        for part in ("goal", "approach", "results", "lessons"):
            for paragraph in spec[part]:
                sentences.extend(s.strip() + "." for s in paragraph.split(". ") if s.strip())
    return sentences


class Command(BaseCommand):
    help = (
        "Maakt N gepubliceerde praktijkvoorbeelden (slug 'bench-...') met realistische "
        "spreiding over gemeenten, schooltypen, factoren en onderwerpen, voor benchmarks."
    )

    def add_arguments(self, parser):
        parser.add_argument("--practices", type=int, default=10_000)
        parser.add_argument("--seed", type=int, default=2026)
        parser.add_argument("--clear", action="store_true", help="Eerst eerdere benchdata wissen.")

    def handle(self, *args, practices, seed, clear, **options):
        if practices < 1 or practices > 200_000:
            raise CommandError("Kies tussen 1 en 200.000 praktijkvoorbeelden.")
        rng = random.Random(seed)  # noqa: S311 - reproducible test data, not security
        with transaction.atomic():
            if clear:
                old = Practice.objects.filter(slug__startswith=PREFIX)
                backend = get_search_backend()
                for practice in old.only("pk").iterator():
                    backend.delete(practice)
                deleted = old.count()
                old.delete()
                self.stdout.write(f"{deleted} oude praktijkvoorbeelden gewist.")
            start = Practice.objects.filter(slug__startswith=PREFIX).count()
            created = self._generate(rng, start, practices)
        invalidate_facet_cache()  # bulk_create bypasses save()
        if connection.vendor == "postgresql":
            # Fresh statistics, as autovacuum would give a live site; without them the
            # planner picks nested loops for the search join.
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        self.stdout.write(self.style.SUCCESS(f"{created} praktijkvoorbeelden gemaakt."))

    def _generate(self, rng, start, count):
        municipalities = list(Municipality.objects.order_by("code"))
        # Larger municipalities (here: a fixed random weight per municipality, heavy-tailed)
        # get more practices, as in reality.
        weights = [rng.paretovariate(1.2) for _ in municipalities]
        school_types = list(SchoolType.objects.all())
        target_groups = list(TargetGroup.objects.all())
        factors = list(Factor.objects.all())
        if not (municipalities and school_types and factors):
            raise CommandError("Draai eerst de migraties en load_demo_data (factoren ontbreken).")
        tags = [Tag.objects.get_or_create(name=name)[0] for name in TOPICS]
        tag_weights = [1 / (i + 1) for i in range(len(tags))]
        now = timezone.now()

        # Real Dutch sentences from the demo texts give a realistic word distribution,
        # so a two-word query matches a realistic share of the records.
        sentences = corpus()

        def text(k):
            return " ".join(rng.sample(sentences, k))

        objects = []
        for n in range(start, start + count):
            words = rng.sample(WORDS, 3)
            published = now - timedelta(days=rng.randint(0, 2000), minutes=n)

            objects.append(
                Practice(
                    title=f"{words[0].capitalize()} en {words[1]} in {words[2]} ({n})",
                    slug=f"{PREFIX}{n}",
                    summary=text(1)[:280],
                    goal=f"<p>{text(2)}</p>",
                    approach=f"<p>{text(4)}</p>",
                    results=f"<p>{text(2)}</p>",
                    collaboration_type=rng.choice(CollaborationType.values),
                    stage=(stage := rng.choices(Stage.values, weights=[2, 2, 3, 2, 1])[0]),
                    status=status_for_stage(stage),
                    evidence_level=rng.choices(EvidenceLevel.values, weights=[6, 2, 1])[0],
                    # Databank details on part of the records, as on a real portal.
                    recognition=rng.choices(["", *Recognition.values], weights=[20, 3, 2, 1, 1, 1])[
                        0
                    ],
                    cost_per_year_from=(cost := rng.choice([None, None, *range(1000, 40000, 500)])),
                    cost_per_year_to=cost + rng.randint(0, 8000) if cost else None,
                    youth_work_hours_per_week=rng.choice([None, 2, 4, 8, 12, 16, 24]),
                    age_from=(age := rng.choice([None, 10, 12, 14, 16])),
                    age_to=age + rng.randint(2, 6) if age else None,
                    prevention_level=rng.choice(["", *PreventionLevel.values]),
                    municipality=rng.choices(municipalities, weights=weights)[0],
                    start_year=rng.randint(2012, 2026),
                    last_reviewed=date(2026, 11, 1) - timedelta(days=rng.randint(0, 900)),
                    live=True,
                    first_published_at=published,
                    last_published_at=published,
                )
            )
        Practice.objects.bulk_create(objects, batch_size=1000)
        created = list(
            Practice.objects.filter(slug__in=[o.slug for o in objects]).only(
                "pk", "municipality_id"
            )
        )

        coverage, school_links, group_links, factor_links, tag_links = [], [], [], [], []
        funding = list(FundingSource.objects.all())
        funding_links = []
        for practice in created:
            coverage.append(
                Practice.coverage.through(
                    practice_id=practice.pk, municipality_id=practice.municipality_id
                )
            )
            for school_type in rng.sample(school_types, rng.randint(1, 4)):
                school_links.append(
                    Practice.school_types.through(
                        practice_id=practice.pk, schooltype_id=school_type.pk
                    )
                )
            for group in rng.sample(target_groups, rng.randint(1, 3)):
                group_links.append(
                    Practice.target_groups.through(practice_id=practice.pk, targetgroup_id=group.pk)
                )
            for factor in rng.sample(factors, rng.randint(1, 5)):
                factor_links.append(
                    Practice.factors.through(practice_id=practice.pk, factor_id=factor.pk)
                )
            for source in rng.sample(funding, rng.randint(0, 2)):
                funding_links.append(
                    Practice.funding_sources.through(
                        practice_id=practice.pk, fundingsource_id=source.pk
                    )
                )
            for tag in set(rng.choices(tags, weights=tag_weights, k=rng.randint(1, 4))):
                tag_links.append(PracticeTag(content_object_id=practice.pk, tag_id=tag.pk))
        for rows in (coverage, school_links, group_links, factor_links, tag_links, funding_links):
            type(rows[0]).objects.bulk_create(rows, batch_size=2000)

        backend = get_search_backend()
        for offset in range(0, len(created), 1000):
            chunk = Practice.objects.filter(pk__in=[p.pk for p in created[offset : offset + 1000]])
            backend.add_bulk(
                Practice, list(chunk.prefetch_related("tags").select_related("municipality"))
            )
        return len(created)
