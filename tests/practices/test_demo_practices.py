import pytest

from jos_portal.taxonomy.models import SchoolType
from practices.models import Practice, Stage

pytestmark = pytest.mark.django_db


def test_demo_practices_cover_the_country_school_types_and_stages(demo):
    published = Practice.objects.published()
    assert published.count() >= 24
    assert published.values("municipality__province").distinct().count() >= 6
    assert published.filter(municipality__code="GM0855").count() >= 2
    assert published.filter(municipality__code="GM0344").count() >= 2
    used = set(published.values_list("school_types__slug", flat=True))
    assert used >= set(SchoolType.objects.values_list("slug", flat=True))
    assert set(published.values_list("stage", flat=True)) == set(Stage.values)


def test_demo_drafts_never_appear_publicly(client, demo):
    drafts = list(Practice.objects.filter(live=False))
    assert len(drafts) >= 2
    list_html = client.get("/praktijkvoorbeelden/", {"aantal": 48}).content.decode()
    export = b"".join(client.get("/praktijkvoorbeelden/export.csv").streaming_content).decode()
    feed = client.get("/praktijkvoorbeelden/feed/").content.decode()
    search = client.get("/praktijkvoorbeelden/", {"q": "concept"}).content.decode()
    for draft in drafts:
        assert client.get(f"/praktijkvoorbeelden/{draft.slug}/").status_code == 404
        for output in (list_html, export, feed, search):
            assert draft.title not in output
            assert draft.slug not in output


def test_demo_fills_the_new_facets_and_sections(client, demo):
    from practices.models import Practice

    response = client.get("/praktijkvoorbeelden/")
    facets = {f.key: {o.value for o in f.options} for f in response.context["facets"]}
    funding = facets["financiering"]
    assert {"school", "subsidie-fonds", "anders"} <= funding
    # The examples sit in real municipalities: none names the municipality or a
    # samenwerkingsverband as its funder (a real party to an invented arrangement), and
    # none names an owner as a person.
    assert not {"gemeente", "samenwerkingsverband"} & funding
    fictional = Practice.objects.filter(is_fictional=True)
    assert not fictional.filter(funding_sources__slug__in=["gemeente", "samenwerkingsverband"])
    assert not fictional.exclude(owner_name="").exists()
    assert facets["kosten"] == {"tot-5000", "5000-25000", "vanaf-25000"}
    # Fictional records claim no official recognition: that would make a real committee
    # and a real databank a party to an invented example.
    assert not Practice.objects.exclude(recognition="").exists()
    assert not facets.get("erkenning")
    # Two carry an invented evaluation: by a plainly fictional group, without a link, and
    # marked on the page as fictional like the example itself.
    evaluated = Practice.objects.published().filter(evaluations__isnull=False).distinct()
    assert evaluated.count() == 2
    assert "geevalueerd" in facets["onderbouwing"]
    from practices.models import PracticeEvaluation

    for evaluation in PracticeEvaluation.objects.all():
        assert evaluation.practice.is_fictional
        assert "(fictief)" in evaluation.conducted_by
        assert not evaluation.url
    for practice in evaluated:
        html = client.get(practice.get_absolute_url()).content.decode()
        research = html.split('id="research-heading"')[1].split("</section>")[0]
        assert "Fictief voorbeeld" in research
        assert "verzonnen" in research
        assert "geëvalueerd met een rapport" in html
    practice = Practice.objects.get(slug="jongerenwerk-in-de-pauzes-kiezelpad-college")
    html = client.get(practice.get_absolute_url()).content.decode()
    for heading in ("working-elements-heading", "costs-heading", "target-group-heading"):
        assert f'id="{heading}"' in html
    assert "Jongerenwerk Vonkelaar" in html.split('id="owner-heading"')[1]
