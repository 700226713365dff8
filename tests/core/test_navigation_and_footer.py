import pytest

from jos_portal.core.models import ContentPage, SiteSettings

pytestmark = pytest.mark.django_db


def test_main_menu_lists_live_menu_pages_of_the_home_page(client, home):
    hidden = home.add_child(
        instance=ContentPage(title="Niet in menu", slug="niet-in-menu", show_in_menus=False)
    )
    draft = home.add_child(
        instance=ContentPage(
            title="Concept in menu", slug="concept", show_in_menus=True, live=False
        )
    )
    response = client.get("/")
    menu = response.content.decode().split('aria-label="Hoofdmenu"')[1].split("</nav>")[0]
    assert 'href="/over-jos/"' in menu
    assert 'href="/contact/"' in menu
    assert hidden.title not in menu
    assert draft.title not in menu


def test_cached_menu_follows_publishing_unpublishing_and_moving(client, home):
    def menu():
        html = client.get("/").content.decode()
        return html.split('aria-label="Hoofdmenu"')[1].split("</nav>")[0]

    assert "Nieuw onderdeel" not in menu()  # the menu is now cached
    page = home.add_child(
        instance=ContentPage(title="Nieuw onderdeel", slug="nieuw", show_in_menus=True, live=False)
    )
    assert "Nieuw onderdeel" not in menu()
    page.save_revision().publish()
    assert 'href="/nieuw/"' in menu()
    page.title = "Hernoemd onderdeel"
    page.save_revision().publish()
    assert "Hernoemd onderdeel" in menu()
    page.move(ContentPage.objects.get(slug="over-jos"), pos="last-child")
    assert "Hernoemd onderdeel" not in menu()
    page.refresh_from_db()
    page.move(home, pos="last-child")
    assert "Hernoemd onderdeel" in menu()
    page.refresh_from_db()
    page.unpublish()
    assert "Hernoemd onderdeel" not in menu()


def test_menu_marks_the_current_page(client, home):
    response = client.get("/over-jos/")
    assert 'href="/over-jos/" aria-current="page"' in response.content.decode()


def test_breadcrumbs_show_the_path_to_a_nested_page(client, home):
    about = ContentPage.objects.get(slug="over-jos")
    child = about.add_child(instance=ContentPage(title="Geschiedenis", slug="geschiedenis"))
    child.save_revision().publish()
    html = client.get("/over-jos/geschiedenis/").content.decode()
    crumbs = html.split('aria-label="Kruimelpad"')[1].split("</nav>")[0]
    assert crumbs.index("Home") < crumbs.index("Over JOS") < crumbs.index("Geschiedenis")
    assert 'aria-current="page">Geschiedenis' in crumbs


def test_footer_renders_the_site_settings(client, home):
    html = client.get("/").content.decode()
    assert ">JEP Advieslijn</h2>" in html
    assert "070 - 333 4558" in html
    assert 'href="tel:+31703334558"' in html
    assert 'href="mailto:platformjep@minszw.nl"' in html
    assert 'href="/toegankelijkheid/">Toegankelijkheid' in html
    assert 'href="/privacy/">Privacy' in html


def test_footer_follows_edits_to_the_site_settings(client, home):
    settings = SiteSettings.objects.get()
    settings.phone = "030 - 123 4567"
    settings.linkedin_url = "https://www.linkedin.com/company/platform-jep"
    settings.save()
    html = client.get("/").content.decode()
    assert "030 - 123 4567" in html
    assert "070 - 333 4558" not in html
    assert 'href="https://www.linkedin.com/company/platform-jep"' in html


def test_every_page_has_the_shell_landmarks_and_skip_link(client, home):
    for url in ["/", "/over-jos/", "/contact/", "/toegankelijkheid/", "/privacy/"]:
        response = client.get(url)
        html = response.content.decode()
        assert response.status_code == 200, url
        assert '<html lang="nl">' in html
        assert 'href="#main"' in html and 'id="main"' in html
        assert html.count("<h1") == 1, url
        for landmark in ("<header", "<nav", "<main", "<footer"):
            assert landmark in html, (url, landmark)
