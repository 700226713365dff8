"""The main menu in six groups at most, each link with a line of explanation, and the
record-type icons and logo of the page shell."""

import re
from pathlib import Path

from django.conf import settings
from django.template import Context, Template, TemplateSyntaxError

import pytest

from jos_portal.core.models import ContentPage

pytestmark = pytest.mark.django_db


def menu_html(client, url="/"):
    html = client.get(url).content.decode()
    return html.split("data-main-nav>")[1].split("</nav>")[0]


def top_level(menu):
    return re.findall(r'<li class="main-nav__item[ "]', menu)


def test_the_menu_has_six_groups_that_a_teacher_reads_at_a_glance(client, home):
    menu = menu_html(client)
    assert len(top_level(menu)) == 6
    buttons = re.findall(
        r'class="main-nav__link main-nav__button[^"]*"[^>]*>([^<]+)</button>', menu
    )
    assert buttons == ["Kennisbank", "Onderzoek", "Nieuws en agenda", "Voor gemeenten", "Over JOS"]
    # The scan is one page: a plain link, no panel.
    assert '<a class="main-nav__link" href="/samenwerkingsscan/">Samenwerkingsscan</a>' in menu
    # Words a visitor may not know (werkplaats, factor, ...) come with a line each.
    for link, explanation in [
        ("/werkplaatsen/", "onderzoekers in Tilburg en Utrecht"),
        ("/factoren/", "Randvoorwaarden, succesfactoren en valkuilen"),
        ("/leeswijzer/", "labels en begrippen"),
        ("/verhalen/", "Ervaringen en nieuws"),
        ("/bijeenkomsten/", "kennis te delen"),
        ("/regio/", "provincie en gemeente"),
    ]:
        item = menu.split(f'href="{link}"', 1)[1].split("</li>", 1)[0]
        assert "aria-describedby=" in item and explanation in item, link


def test_without_javascript_every_group_is_a_link_to_its_first_page(client, home):
    menu = menu_html(client)
    fallbacks = re.findall(r'<a class="main-nav__link" href="([^"]+)" data-nav-fallback', menu)
    assert fallbacks == [
        "/praktijkvoorbeelden/",
        "/werkplaatsen/",
        "/verhalen/",
        "/voor-gemeenten/",
        "/over-jos/",
    ]
    # The buttons that open the panels only appear with JavaScript.
    assert len(re.findall(r'aria-expanded="false" aria-controls="main-nav-(?!list)', menu)) == 5
    assert menu.count("hidden>") >= 6  # five group buttons and the phone's menu toggle


def test_more_menu_pages_never_add_top_level_items(client, home):
    for n in range(5):
        page = home.add_child(
            instance=ContentPage(title=f"Extra pagina {n}", slug=f"extra-{n}", show_in_menus=True)
        )
        page.save_revision().publish()
    menu = menu_html(client)
    assert len(top_level(menu)) == 6
    about = menu.split('id="main-nav-over"', 1)[1].split("</div>", 1)[0]
    for n in range(5):
        assert f'href="/extra-{n}/"' in about


def test_the_group_of_the_current_page_is_marked(client, home):
    menu = menu_html(client, "/factoren/")
    assert 'href="/factoren/" aria-current="page"' in menu
    assert re.search(r'main-nav__button main-nav__button--current"[^>]*>Onderzoek<', menu)
    assert not re.search(r'main-nav__button--current"[^>]*>Kennisbank<', menu)


def test_the_menu_is_translated(client, home):
    menu = menu_html(client, "/en/")
    for label in (
        "Knowledge base",
        "Research",
        "News and events",
        "For municipalities",
        "About JOS",
    ):
        assert f">{label}</button>" in menu, label
    assert "Reading guide" in menu and "What the labels and terms on this site mean" in menu


def test_the_menu_costs_no_queries_once_cached(client, home, django_assert_max_num_queries):
    client.get("/leeswijzer/")
    with django_assert_max_num_queries(2):
        assert client.get("/leeswijzer/").status_code == 200


def test_logo_mark_and_favicon_are_own_svgs_from_this_site(client, home):
    html = client.get("/").content.decode()
    assert '<link rel="icon" href="/static/img/favicon.svg" type="image/svg+xml">' in html
    assert 'class="site-header__logo-mark site-header__logo-mark--svg" aria-hidden="true"' in html
    static = Path(settings.BASE_DIR) / "static" / "img"
    for name in ("favicon.svg", "icons.svg"):
        svg = (static / name).read_text()
        assert svg.startswith("<svg") and "http://" not in svg.replace(
            "http://www.w3.org/2000/svg", ""
        )


def test_icons_are_decorative_and_unknown_names_fail_loudly():
    html = Template('{% load portal_tags %}{% icon "practice" %}').render(Context())
    assert 'aria-hidden="true" focusable="false"' in html
    assert 'href="/static/img/icons.svg#icon-practice"' in html
    sprite = (Path(settings.BASE_DIR) / "static" / "img" / "icons.svg").read_text()
    from jos_portal.core.templatetags.portal_tags import ICONS

    for name in ICONS:
        assert f'<symbol id="icon-{name}"' in sprite
    with pytest.raises(TemplateSyntaxError):
        Template('{% load portal_tags %}{% icon "nope" %}').render(Context())
