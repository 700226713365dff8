from pathlib import Path

import pytest

from tests.browser.conftest import assert_no_serious_axe_violations

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_open_a_publication_download_bibtex_and_run_axe(page, demo_server):
    page.goto(demo_server.url + "/publicaties/")
    assert_no_serious_axe_violations(page)
    page.get_by_role(
        "link", name="Handen ineen voor meer veerkracht bij jongeren", exact=True
    ).click()
    page.wait_for_url("**/publicaties/*/")
    assert "Handen ineen" in page.locator("h1").inner_text()
    assert page.locator('meta[name="citation_title"]').count() == 1
    assert_no_serious_axe_violations(page)
    with page.expect_download() as info:
        page.get_by_role("link", name="BibTeX (.bib)").click()
    download = info.value
    assert download.suggested_filename.endswith(".bib")
    content = Path(download.path()).read_text(encoding="utf-8")
    assert content.startswith("@techreport{mutsaers2020handen,")
