"""A live record's old address redirects (301) to the new one after its slug changes; a
draft's slug change redirects nothing."""

from wagtail.contrib.redirects.models import Redirect

import pytest

from tests.factories.practices import PracticeFactory
from tests.factories.publications import PublicationFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("factory", [PracticeFactory, PublicationFactory])
def test_a_new_slug_on_a_live_record_redirects_the_old_address(
    client, factory, django_capture_on_commit_callbacks
):
    record = factory(slug="oude-naam")
    old_url = record.get_absolute_url()
    with django_capture_on_commit_callbacks(execute=True):
        record.slug = "nieuwe-naam"
        record.save()
    new_url = record.get_absolute_url()
    response = client.get(old_url)
    assert response.status_code == 301
    assert response["Location"].endswith(new_url)
    english = client.get("/en" + old_url)
    assert english.status_code == 301 and english["Location"].endswith("/en" + new_url)
    assert client.get(new_url).status_code == 200

    # Back to the old name: the old address is live again, no redirect loop.
    with django_capture_on_commit_callbacks(execute=True):
        record.slug = "oude-naam"
        record.save()
    assert client.get(old_url).status_code == 200
    assert client.get(new_url).status_code == 301


def test_a_drafts_slug_change_redirects_nothing(django_capture_on_commit_callbacks):
    from wagtail.actions.edit import EditAction

    practice = PracticeFactory(slug="blijft-staan")
    with django_capture_on_commit_callbacks(execute=True):
        practice.slug = "concept-naam"
        EditAction(practice).execute(skip_permission_checks=True)  # a draft revision only
    assert not Redirect.objects.exists()

    unpublished = PracticeFactory(slug="nooit-live", live=False)
    with django_capture_on_commit_callbacks(execute=True):
        unpublished.slug = "nog-steeds-niet-live"
        unpublished.save()
    assert not Redirect.objects.exists()
