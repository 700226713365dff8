"""Share, print and cite a practice in real Chromium, and the English journey: English
titles and summaries first, Dutch text marked lang="nl", axe clean."""

import io
import re

import pytest
from playwright.sync_api import expect
from pypdf import PdfReader

from tests.browser.conftest import assert_no_serious_axe_violations, chromium_page
from tests.factories.practices import PracticeFactory

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

A4 = (595.3, 841.9)  # points


def _pdf(page):
    reader = PdfReader(io.BytesIO(page.pdf(format="A4", print_background=True)))
    text = "\n".join(p.extract_text() for p in reader.pages)
    return reader, " ".join(text.split())


def _fits_a4(reader, landscape=False):
    for pdf_page in reader.pages:
        width, height = float(pdf_page.mediabox.width), float(pdf_page.mediabox.height)
        expected = A4[::-1] if landscape else A4
        assert abs(width - expected[0]) < 2 and abs(height - expected[1]) < 2, (width, height)


def test_a_practice_prints_on_a4_without_navigation(page, demo_server):
    from practices.models import Practice

    practice = Practice.objects.filter(live=True).order_by("pk").first()
    page.goto(demo_server.url + practice.get_absolute_url())
    # Nothing is wider than the printed page: the content wraps instead of being cut off.
    page.emulate_media(media="print")
    overflow = page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0
    reader, text = _pdf(page)
    _fits_a4(reader)
    assert " ".join(practice.title.split()) in text
    assert "Direct naar de inhoud" not in text  # skip link
    assert "Zoek op het portaal" not in text and "Hoofdmenu" not in text
    assert "Delen, printen en citeren" not in text  # the share buttons
    assert "Jongerenwerk en Onderwijs Samen" in text  # the site name stays on paper
    footer = page.locator(".site-footer").text_content()
    for words in ("Over deze site", "Deel jouw praktijkvoorbeeld", "Telefoon:"):
        assert words in footer and words not in text  # the footer stays on screen


def test_a_comparison_prints_landscape_with_every_practice(page, demo_server):
    from practices.models import Practice

    practices = list(Practice.objects.filter(live=True).order_by("pk")[:3])
    ids = ",".join(str(p.pk) for p in practices)
    page.goto(f"{demo_server.url}/praktijkvoorbeelden/vergelijk/?ids={ids}")
    assert page.locator(".compare-table").count() == 1
    reader, text = _pdf(page)
    _fits_a4(reader, landscape=True)
    for practice in practices:
        first_words = " ".join(practice.title.split()[:3])
        assert first_words in text, first_words
    assert "Direct naar de inhoud" not in text


def test_share_links_copy_button_and_cite_line(demo_server, monkeypatch):
    real = PracticeFactory(title="Pauzeteam Tilburg", slug="pauzeteam-tilburg-echt")
    url = demo_server.url + real.get_absolute_url()
    with chromium_page(
        monkeypatch,
        viewport={"width": 1280, "height": 900},
        permissions=["clipboard-read", "clipboard-write"],
    ) as page:
        page.goto(url)
        share = page.locator(".share")
        mail = share.get_by_role("link", name="Mail een link")
        assert mail.get_attribute("href").startswith("mailto:?subject=Pauzeteam%20Tilburg")
        linkedin = share.get_by_role("link", name=re.compile("Deel op LinkedIn"))
        assert "share-offsite/?url=" in linkedin.get_attribute("href")
        share.get_by_role("button", name="Kopieer link").click()
        expect(page.locator("[data-copy-status]")).to_have_text("Link gekopieerd.")
        assert page.evaluate("navigator.clipboard.readText()") == url
        assert share.get_by_role("button", name="Print of bewaar als pdf").is_visible()
        citation = page.locator(".cite .citation").inner_text()
        assert citation.startswith("Platform JEP. (")
        assert f"Pauzeteam Tilburg [Praktijkvoorbeeld]. JOS kennisportaal. {url}" in citation
        assert page.locator('meta[name="citation_title"]').get_attribute("content") == (
            "Pauzeteam Tilburg"
        )
        assert_no_serious_axe_violations(page)


def test_without_javascript_the_share_links_work_and_no_dead_buttons_show(
    browser_no_js, demo_server
):
    from practices.models import Practice

    practice = Practice.objects.filter(live=True).order_by("pk").first()
    browser_no_js.goto(demo_server.url + practice.get_absolute_url())
    share = browser_no_js.locator(".share")
    assert share.get_by_role("link", name="Mail een link").is_visible()
    assert share.get_by_role("button").count() == 0  # hidden buttons are not in the tree


DUTCH_MARKED = """(texts) => texts.map((text) => {
  const walker = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_TEXT);
  let node;
  while ((node = walker.nextNode())) {
    const value = node.textContent.replace(/\\s+/g, ' ').trim();
    if (value && text.includes(value.slice(0, 40)) && value.length > 20) {
      return [text.slice(0, 40), node.parentElement.closest('[lang]').getAttribute('lang')];
    }
  }
  return [text.slice(0, 40), 'not found'];
})"""


def test_english_journey_shows_english_first_and_marks_dutch_text(page, demo_server):
    from django.utils.html import strip_tags

    from practices.models import Practice

    page.goto(demo_server.url + "/en/")
    assert page.locator("html").get_attribute("lang") == "en"
    # The group panels are closed: read the text of the whole menu, hidden links included.
    nav = page.locator(".main-nav").text_content()
    for english in ("About JOS", "Collaboration scan", "Stories", "Events"):
        assert english in nav
    for dutch in ("Over JOS", "Samenwerkingsscan", "Verhalen", "Bijeenkomsten"):
        assert dutch not in nav
    assert_no_serious_axe_violations(page)

    page.locator(".main-nav").get_by_role("button", name="Knowledge base").click()
    page.locator(".main-nav").get_by_role("link", name="Practice examples").click()
    page.wait_for_url("**/en/praktijkvoorbeelden/")
    practice = Practice.objects.filter(live=True, is_fictional=True).exclude(title_en="")
    practice = practice.order_by("-first_published_at", "-pk").first()
    card = page.get_by_role("link", name=practice.title_en, exact=True)
    assert card.count() >= 1
    assert_no_serious_axe_violations(page)
    card.first.click()
    page.wait_for_url(f"**/en/praktijkvoorbeelden/{practice.slug}/")
    assert page.locator("h1").inner_text() == practice.title_en
    intro = page.locator(".english-intro")
    assert practice.summary_en in intro.inner_text()
    assert "The full text below is in Dutch." in intro.inner_text()
    assert page.locator(".provenance-label").first.inner_text() == "Fictional example"
    dutch = [practice.summary, strip_tags(practice.goal), strip_tags(practice.approach)]
    marked = page.evaluate(DUTCH_MARKED, [" ".join(t.split()) for t in dutch])
    assert all(lang == "nl" for _text, lang in marked), marked
    assert_no_serious_axe_violations(page)

    page.goto(demo_server.url + "/en/zoeken/?q=youth+workers")
    first = page.locator(".search-result__title a").first
    assert first.get_attribute("lang") == "en"
    assert_no_serious_axe_violations(page)


def test_english_story_event_and_publication_pages_mark_their_dutch_text(page, demo_server):
    from jos_portal.events.models import EventPage
    from jos_portal.stories.models import StoryPage
    from publications.models import Publication

    story = StoryPage.objects.live().exclude(title_en="").first()
    event = EventPage.objects.live().exclude(title_en="").first()
    publication = Publication.objects.filter(live=True).exclude(title_en="").first()
    for path, record, dutch in (
        ("/en" + story.url, story, story.intro),
        ("/en" + event.url, event, event.intro),
        ("/en" + publication.get_absolute_url(), publication, None),
    ):
        page.goto(demo_server.url + path)
        assert page.locator("h1").inner_text().startswith(record.title_en), path
        assert page.locator(".english-intro__summary").inner_text() == record.summary_en
        if dutch:
            marked = page.evaluate(DUTCH_MARKED, [" ".join(dutch.split())])
            assert marked[0][1] == "nl", (path, marked)
        assert_no_serious_axe_violations(page)
