"""The practice form in four tabs, factors grouped by kind, submission details only where
they belong and never an English "None"; the session and publication forms in tabs too."""

import re

from django.urls import reverse
from django.utils import timezone

import pytest

from jos_portal.taxonomy.models import Factor
from practices.models import Practice, Source
from tests.factories.practices import PracticeFactory
from tests.practices.test_admin import form_data

pytestmark = pytest.mark.django_db

TABS = ["Inhoud", "Indeling", "Contact en bronnen", "Publiceren"]


@pytest.fixture
def admin_client(client, db):
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.create_superuser("admin", "admin@example.nl", "x")
    client.force_login(user)
    return client


def tab_labels(html):
    return [
        re.sub(r"\s+", " ", label).strip()
        for label in re.findall(
            r'<a id="tab-label-[^"]*"[^>]*role="tab"[^>]*>(.*?)</a>', html, flags=re.S
        )
        for label in [re.sub(r"<[^>]+>", " ", label)]
    ]


def legends(html):
    return [
        re.sub(r"\s+", " ", text).strip()
        for text in re.findall(r"<legend[^>]*>(.*?)</legend>", html, flags=re.S)
    ]


def edit_page(client, model_label, pk):
    return client.get(reverse(f"wagtailsnippets_{model_label}:edit", args=[pk])).content.decode()


def test_the_practice_form_has_four_tabs_and_groups_the_factors_by_kind(admin_client, vocab):
    Factor.objects.create(name="Gedeelde visie", kind="succesfactor", description="<p>x</p>")
    Factor.objects.create(name="Wisselende gezichten", kind="valkuil", description="<p>x</p>")
    practice = PracticeFactory(factors=[vocab["factor"]])
    html = edit_page(admin_client, "practices_practice", practice.pk)
    labels = tab_labels(html)
    assert [tab for tab in TABS if any(label.startswith(tab) for label in labels)] == TABS
    assert labels[0].startswith("Inhoud")
    assert 'class="jos-grouped-choices"' in html
    assert [
        g for g in legends(html) if g in ("Randvoorwaarden", "Succesfactoren", "Valkuilen")
    ] == [
        "Randvoorwaarden",
        "Succesfactoren",
        "Valkuilen",
    ]
    # The ticked factor stays ticked in its group.
    checked = re.search(
        rf'<input[^>]*name="factors"[^>]*value="{vocab["factor"].pk}"[^>]*>', html
    ).group(0)
    assert "checked" in checked
    # An editorial record has no submission details, and nowhere an English "None".
    assert "Aangemeld op" not in html
    assert ">None<" not in html and "None</" not in html


def test_factor_choices_save_through_the_grouped_widget(admin_client, vocab):
    pitfall = Factor.objects.create(name="Geen tijd", kind="valkuil", description="<p>x</p>")
    data = form_data(vocab, factors=[vocab["factor"].pk, pitfall.pk])
    response = admin_client.post(reverse("wagtailsnippets_practices_practice:add"), data)
    assert response.status_code == 302
    assert set(Practice.objects.get().factors.all()) == {vocab["factor"], pitfall}


def test_a_submission_shows_when_it_came_in(admin_client, vocab):
    practice = PracticeFactory(
        live=False,
        source=Source.PUBLIC_FORM,
        submitted_at=timezone.make_aware(timezone.datetime(2026, 11, 30, 14, 5)),
        submitted_organisations="OBS De Proef (fictief)",
    )
    html = edit_page(admin_client, "practices_practice", practice.pk)
    assert "Aanmelding" in legends(html) or "Aanmelding" in html
    assert "aangemeld op" in html.lower()
    assert "30 november 2026" in html
    assert (
        "None"
        not in re.sub(r"<script.*?</script>", "", html, flags=re.S).split("Aanmelding", 1)[1][:3000]
    )


def test_an_empty_submission_date_reads_as_not_filled_in(admin_client, vocab):
    practice = PracticeFactory(live=False, source=Source.PUBLIC_FORM, submitted_at=None)
    html = edit_page(admin_client, "practices_practice", practice.pk)
    assert "(niet ingevuld)" in html


def test_session_and_publication_forms_have_tabs(admin_client):
    from tests.factories.publications import PublicationFactory
    from tests.factories.workshops import SessionFactory

    session = SessionFactory()
    publication = PublicationFactory()
    for label, pk in (
        ("workshops_session", session.pk),
        ("publications_publication", publication.pk),
    ):
        labels = tab_labels(edit_page(admin_client, label, pk))
        for tab in TABS:
            assert any(text.startswith(tab) for text in labels), (label, tab, labels)
