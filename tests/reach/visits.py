"""The scripted visit sequence the reach tests share, and what it must count."""

import datetime

from django.contrib.auth import get_user_model
from django.test import Client

from jos_portal.reach.models import DailyCount

DAY_ONE = datetime.date(2026, 11, 30)
DAY_TWO = datetime.date(2026, 12, 1)
BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Firefox/128.0"
GOOGLEBOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"


def visit(client, url, referrer=None, agent=BROWSER, method="get", **headers):
    extra = {"HTTP_USER_AGENT": agent, **headers}
    if referrer:
        extra["HTTP_REFERER"] = referrer
    response = getattr(client, method)(url, **extra)
    assert response.status_code == 200, url
    if response.streaming:
        # The test client closes a streamed response (and so counts it) once it is read.
        b"".join(response.streaming_content)
    return response


def run_sequence(client, calendar, records):
    a = records["a"].get_absolute_url()
    b = records["b"].get_absolute_url()
    responses = []
    calendar["day"] = DAY_ONE
    responses.append(visit(client, a, "https://www.google.com/search?q=jongerenwerk"))
    responses.append(visit(client, a, "https://google.com/"))
    responses.append(visit(client, a))
    responses.append(visit(client, b, "http://testserver/praktijkvoorbeelden/"))
    responses.append(visit(client, b, "http://testserver/"))
    visit(client, a, agent=GOOGLEBOT)  # a bot
    visit(client, a, agent="")  # no user agent: not a browser
    visit(client, a, method="head")
    visit(client, b, HTTP_SEC_PURPOSE="prefetch;prerender")

    calendar["day"] = DAY_TWO
    responses.append(visit(client, a, "https://www.linkedin.com/feed/update/123"))
    responses.append(visit(client, b))
    visit(client, records["document"].url, "http://testserver/publicaties/")
    visit(client, records["document"].url, agent="curl/8.5.0")
    visit(client, records["publication"].get_absolute_url(), "https://scholar.example.edu/x?y")

    editor = Client()
    editor.force_login(get_user_model().objects.create_superuser("redacteur", "r@e.nl", "x"))
    visit(editor, a, "https://www.google.com/")
    return responses


EXPECTED = {
    # (day, kind, record, region, referrer): count
    (DAY_ONE, "view", "a", "noord-brabant", "google.com"): 2,
    (DAY_ONE, "view", "a", "noord-brabant", "(direct)"): 1,
    (DAY_ONE, "view", "b", "utrecht", "(intern)"): 2,
    (DAY_TWO, "view", "a", "noord-brabant", "linkedin.com"): 1,
    (DAY_TWO, "view", "b", "utrecht", "(direct)"): 1,
    (DAY_TWO, "download", "document", "", "(intern)"): 1,
    (DAY_TWO, "view", "publication", "", "scholar.example.edu"): 1,
}


def table(records):
    names = {(r._meta.label_lower, r.pk): name for name, r in records.items()}
    return {
        (row.day, row.kind, names[(row.record_type, row.record_id)], row.region, row.referrer): (
            row.count
        )
        for row in DailyCount.objects.all()
    }
