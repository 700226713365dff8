"""Public submissions: only accepted ones count towards the hourly limit, a refused
submitter keeps their text, and a likely duplicate is flagged to the moderator and told
to the submitter (and still accepted). Submissions have their own admin list."""

import re

from django.test import Client
from django.urls import reverse

import pytest

from jos_portal.taxonomy.models import Municipality, Organisation
from practices.models import Practice, PracticeOrganisation, Source
from practices.submission import find_duplicate, normalised
from tests.factories.practices import PracticeFactory
from tests.practices.test_submission import URL, moderator, valid_data  # noqa: F401

pytestmark = pytest.mark.django_db

SUBMISSIONS = reverse("wagtailsnippets_practices_practice:submissions")


def test_failed_attempts_do_not_count_towards_the_limit(client, settings):
    settings.SUBMISSION_RATE_LIMIT = 2
    for _attempt in range(4):
        response = client.post(URL, valid_data(title=""))
        assert response.status_code == 200 and "Nog niet verstuurd" in response.content.decode()
    for n in range(2):
        assert client.post(URL, valid_data(title=f"Voorbeeld {n}")).status_code == 302
    assert client.post(URL, valid_data(title="Nummer drie")).status_code == 429
    assert Practice.objects.count() == 2


def test_a_refused_submitter_keeps_every_word_they_typed(client, settings):
    settings.SUBMISSION_RATE_LIMIT = 1
    assert client.post(URL, valid_data(title="Eerste")).status_code == 302
    typed = valid_data(
        title="Tweede voorbeeld",
        approach="Wij doen veel samen.\n\nOok in de zomer.",
        contact_name="Kees Jansen",
    )
    response = client.post(URL, typed)
    assert response.status_code == 429
    html = response.content.decode()
    assert "<title>Fout:" in html
    assert "Nog niet verstuurd: even wachten" in html
    assert "al 1 aanmelding verstuurd" in html
    assert 'value="Tweede voorbeeld"' in html
    assert "Wij doen veel samen.\n\nOok in de zomer.</textarea>" in html
    assert 'value="Kees Jansen"' in html
    assert "Een bijlage moet je dan opnieuw kiezen." in html
    assert Practice.objects.count() == 1


def test_normalised_ignores_case_accents_punctuation_and_spacing():
    assert normalised("  Pauzeteam  Tilburg! ") == normalised("pauzeteam tilburg")
    assert normalised("Geëvalueerd: café-avond") == "geevalueerd cafe avond"
    assert normalised("Pauzeteam Tilburg") != normalised("Pauzeteam Goirle")


def test_same_title_is_flagged_and_the_submitter_is_told(client):
    existing = PracticeFactory(title="Buurtvaders op het schoolplein")
    response = client.post(URL, valid_data(title="buurtvaders op het  Schoolplein!"))
    assert response.status_code == 302
    assert response.url.endswith("/aanmelden/bedankt/?dubbel=1")
    new = Practice.objects.get(source=Source.PUBLIC_FORM)
    assert new.possible_duplicate == existing
    assert new.current_workflow_state is not None  # still accepted and in review
    thanks = client.get(response.url).content.decode()
    assert "Lijkt op een voorbeeld dat we al hebben" in thanks
    assert "Je aanmelding is gewoon ontvangen" in thanks
    assert existing.title not in thanks  # nothing about the other record is revealed


def test_same_school_in_the_same_municipality_is_flagged(client):
    tilburg = Municipality.objects.get(code="GM0855")
    school = Organisation.objects.create(name="Dalton College", kind=Organisation.Kind.SCHOOL)
    existing = PracticeFactory(title="Iets heel anders", municipality=tilburg)
    PracticeOrganisation.objects.create(
        practice=existing, organisation=school, role=Organisation.Kind.SCHOOL
    )
    client.post(URL, valid_data(title="Nieuwe titel", organisations="dalton college\nWijkteam"))
    assert Practice.objects.get(title="Nieuwe titel").possible_duplicate == existing


def test_an_earlier_submission_from_the_same_school_is_flagged(client, settings):
    client.post(URL, valid_data(title="Eerste aanmelding"))
    first = Practice.objects.get(title="Eerste aanmelding")
    client.post(URL, valid_data(title="Tweede aanmelding"))
    assert Practice.objects.get(title="Tweede aanmelding").possible_duplicate == first


def test_same_school_elsewhere_or_a_fictional_example_is_no_duplicate(client):
    utrecht = Municipality.objects.get(code="GM0344")
    PracticeFactory(title="Ander", municipality=utrecht, submitted_organisations="Dalton College")
    PracticeFactory(title="Buurtvaders op het schoolplein", is_fictional=True)
    response = client.post(URL, valid_data())
    assert response.url.endswith("/aanmelden/bedankt/")
    new = Practice.objects.get(source=Source.PUBLIC_FORM)
    assert new.possible_duplicate is None
    assert "Lijkt op een voorbeeld" not in client.get(response.url).content.decode()


def test_find_duplicate_without_school_or_match_finds_nothing():
    tilburg = Municipality.objects.get(code="GM0855")
    PracticeFactory(title="Iets", municipality=tilburg, submitted_organisations="")
    assert find_duplicate("Niets hiervan", tilburg, "") is None
    assert find_duplicate("Niets hiervan", tilburg, "\n\n") is None


def test_submissions_have_their_own_admin_list_with_the_duplicate_marker(client, moderator):  # noqa: F811
    editorial = PracticeFactory(title="Redactioneel voorbeeld")
    PracticeFactory(title="Buurtvaders op het schoolplein")
    client.post(URL, valid_data(title="Buurtvaders op het schoolplein"))
    admin = Client()
    admin.force_login(moderator)

    html = admin.get(SUBMISSIONS).content.decode()
    assert re.search(r"<h1[^>]*>\s*(<[^>]+>\s*)*Aanmeldingen", html)
    assert "Redactioneel voorbeeld" not in html
    assert "mogelijk dubbel met &#x27;Buurtvaders op het schoolplein&#x27;" in html
    assert "Sanne de Vries" in html  # the submitter, for the moderator

    # The menu has the list, next to the editorial one.
    dashboard = admin.get("/admin/").content.decode()
    assert SUBMISSIONS in dashboard

    # The edit screen says it plainly, with a link to the other record.
    new = Practice.objects.get(source=Source.PUBLIC_FORM)
    edit = admin.get(reverse("wagtailsnippets_practices_practice:edit", args=[new.pk]))
    text = edit.content.decode()
    assert "Mogelijk dubbel: dit voorbeeld lijkt op" in text
    assert (
        reverse("wagtailsnippets_practices_practice:edit", args=[new.possible_duplicate_id]) in text
    )
    assert editorial.pk != new.possible_duplicate_id
