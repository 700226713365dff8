"""A selection too long to store as an alert is refused with a Dutch message and nothing
stored (on SQLite and on PostgreSQL alike, where an over-long value is an error); a
selection is never cut to fit, so nobody follows something other than what they saw."""

from urllib.parse import urlencode

from django.core import mail
from django.test import Client

import pytest

from jos_portal.alerts.models import Alert

pytestmark = pytest.mark.django_db

SUBSCRIBE = "/volgen/attendering/"
TOO_LONG = "Deze selectie is te lang om te volgen."
# 200 letters (the search's maximum) of four bytes each: 202 characters as typed,
# about 2,400 once percent-encoded for storage.
WIDE_WORDS = "\U00020000" * 200


def form(selectie):
    return {
        "email": "lezer@example.nl",
        "frequency": "week",
        "soort": "praktijk",
        "selectie": selectie,
    }


def test_a_selection_that_grows_too_long_when_encoded_is_refused():
    response = Client().post(SUBSCRIBE, form(urlencode({"q": WIDE_WORDS})))
    assert response.status_code == 400
    assert TOO_LONG in response.content.decode()
    assert not Alert.objects.exists()
    assert mail.outbox == []


def test_a_selection_longer_than_allowed_is_refused_not_cut():
    # Cut at 2,000 characters this would follow Tilburg without the school type at the end.
    selectie = "gemeente=tilburg&" + "sorteer=titel&" * 150 + "schooltype=havo"
    assert len(selectie) > 2000
    response = Client().post(SUBSCRIBE, form(selectie))
    assert response.status_code == 400
    assert TOO_LONG in response.content.decode()
    assert not Alert.objects.exists()


def test_the_follow_page_refuses_it_too():
    query = urlencode({"soort": "praktijk", "selectie": urlencode({"q": WIDE_WORDS})})
    response = Client().get(f"/volgen/?{query}")
    assert response.status_code == 400
    assert TOO_LONG in response.content.decode()


def test_the_list_offers_no_form_for_a_selection_it_cannot_store():
    response = Client().get("/praktijkvoorbeelden/?" + urlencode({"q": WIDE_WORDS}))
    assert response.status_code == 200
    body = response.content.decode()
    assert "Deze selectie is te lang om te volgen" in body
    assert 'name="selectie"' not in body
    assert "Volgen uitgelegd" not in body  # the follow page would refuse it as well


def test_a_long_selection_that_fits_is_stored_whole():
    selectie = urlencode({"q": "\u00e9" * 150})  # 150 characters, 900 encoded
    response = Client().post(SUBSCRIBE, form(selectie))
    assert response.status_code == 302
    assert Alert.objects.get().query == selectie
