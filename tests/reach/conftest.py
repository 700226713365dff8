from django.core.files.base import ContentFile

from wagtail.documents import get_document_model
from wagtail.models import Collection

import pytest

from jos_portal.reach import counting
from jos_portal.taxonomy.models import Municipality
from tests.factories.practices import PracticeFactory
from tests.factories.publications import PublicationFactory
from tests.reach.visits import DAY_ONE


@pytest.fixture(autouse=True)
def fresh_counters():
    """Each test starts without counts held by this process from an earlier test."""
    counting.reset_process_counters()
    yield
    counting.reset_process_counters()


@pytest.fixture
def calendar(monkeypatch):
    """The day the counter sees, set by the test."""
    state = {"day": DAY_ONE}
    monkeypatch.setattr(counting, "today", lambda: state["day"])
    return state


@pytest.fixture
def records(home):
    tilburg = Municipality.objects.get(code="GM0855")
    utrecht = Municipality.objects.get(code="GM0344")
    root = Collection.get_first_root_node()
    document = get_document_model()(title="Handreiking", collection=root)
    document.file.save("handreiking.pdf", ContentFile(b"%PDF-1.4 handreiking"), save=False)
    document.save()
    made = {
        "a": PracticeFactory(title="Aanpak A", municipality=tilburg),
        "b": PracticeFactory(title="Aanpak B", municipality=utrecht),
        "publication": PublicationFactory(title="Handreiking samenwerken", document=document),
        "document": document,
    }
    yield made
    document.file.delete(save=False)
