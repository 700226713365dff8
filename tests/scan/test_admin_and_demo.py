"""Editors build the scan in the admin; the demo content ships one."""

from io import StringIO

from django.core.management import call_command
from django.urls import reverse

from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text

import pytest

from jos_portal.core.models import HomePage
from jos_portal.scan.models import ScanPage, ScanVersion
from jos_portal.taxonomy.models import Factor

pytestmark = pytest.mark.django_db


def test_an_editor_creates_and_publishes_the_scan_with_statements(admin_client, site_home, factors):
    url = reverse("wagtailadmin_pages:add", args=("scan", "scanpage", site_home.pk))
    assert admin_client.get(url).status_code == 200
    data = nested_form_data(
        {
            "title": "Samenwerkingsscan",
            "slug": "samenwerkingsscan",
            "intro": rich_text("<p>Hoe staat het ervoor?</p>"),
            "explanation": rich_text("<p>Zo werkt het.</p>"),
            "together": rich_text("<p>Vul hem samen in.</p>"),
            "statements": inline_formset(
                [
                    {"factor": factors["contact"].pk, "text": "Er is een contactpersoon."},
                    {
                        "factor": factors["incident"].pk,
                        "text": "Pas na incidenten.",
                        "reversed": "on",
                    },
                ]
            ),
            "action-publish": "publish",
        }
    )
    response = admin_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    page = ScanPage.objects.get()
    assert page.live
    version = ScanVersion.objects.get()
    assert [(s["text"], s["reversed"]) for s in version.statements] == [
        ("Er is een contactpersoon.", False),
        ("Pas na incidenten.", True),
    ]
    assert not ScanPage.can_create_at(site_home)  # one scan per site


def test_demo_content_contains_a_published_scan_with_a_statement_per_factor(demo):
    page = ScanPage.objects.get()
    assert page.live and page.url == "/samenwerkingsscan/"
    assert isinstance(page.get_parent().specific, HomePage)
    version = page.current_version()
    assert version.number == 1
    assert {s["factor"] for s in version.statements} == set(
        Factor.objects.values_list("pk", flat=True)
    )
    pitfalls = [s for s in version.statements if s["kind"] == "valkuil"]
    assert pitfalls and all(s["reversed"] for s in pitfalls)
    call_command("load_demo_data", stdout=StringIO())
    assert ScanPage.objects.count() == 1 and ScanVersion.objects.count() == 1
