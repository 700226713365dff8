from io import StringIO

from django.core.management import call_command

import pytest

from jos_portal.discovery.models import TopicIntro

pytestmark = pytest.mark.django_db


def test_demo_gives_topic_intros_once_and_keeps_edits(client, demo):
    intro = TopicIntro.objects.get(tag__slug="schooluitval")
    assert "thuiszitters" in client.get("/onderwerpen/schooluitval/").content.decode()
    intro.intro = "<p>Door de redactie herschreven.</p>"
    intro.save()
    count = TopicIntro.objects.count()
    call_command("load_demo_data", stdout=StringIO())
    assert TopicIntro.objects.count() == count
    assert TopicIntro.objects.get(tag__slug="schooluitval").intro.startswith("<p>Door de")
