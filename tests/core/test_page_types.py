from wagtail.models import Page, Site
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from jos_portal.core.models import ContentPage, HomePage
from jos_portal.events.models import EventIndexPage
from jos_portal.scan.models import ScanPage
from jos_portal.stories.models import StoryIndexPage


class PageTypeRulesTests(WagtailPageTestCase):
    def test_home_page_lives_only_under_the_root(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})

    def test_content_pages_live_under_home_or_other_content_pages(self):
        self.assertAllowedParentPageTypes(ContentPage, {HomePage, ContentPage})
        self.assertAllowedSubpageTypes(
            HomePage, {ContentPage, ScanPage, StoryIndexPage, EventIndexPage}
        )
        self.assertAllowedSubpageTypes(ContentPage, {ContentPage})

    def test_there_is_at_most_one_home_page(self):
        root = Page.get_first_root_node()
        if not HomePage.objects.exists():
            root.add_child(instance=HomePage(title="Home", slug="home-1", intro="Welkom"))
        self.assertFalse(HomePage.can_create_at(root))


class ContentPageCreationTests(WagtailPageTestCase):
    def setUp(self):
        root = Page.get_first_root_node()
        self.home = root.add_child(instance=HomePage(title="Home", slug="home-test", intro="x"))
        site = Site.objects.get(is_default_site=True)
        site.root_page = self.home
        site.save()
        # A superuser needs the second factor: force_login verifies it (tests/conftest.py).
        self.client.force_login(self.create_superuser("admin"))

    def test_editor_creates_a_content_page_with_every_block(self):
        data = nested_form_data(
            {
                "title": "Samenwerken in de praktijk",
                "slug": "samenwerken",
                "intro": "Een inleiding.",
                "body": streamfield(
                    [
                        ("heading", {"text": "Aanpak", "level": "h2"}),
                        ("paragraph", rich_text("<p>Zo werkten we samen.</p>")),
                        ("quote", {"quote": "Het werkt.", "attribution": "Een docent"}),
                        (
                            "faq",
                            {
                                "title": "Vragen",
                                "items": streamfield(
                                    [
                                        (
                                            "item",
                                            {
                                                "question": "Hoe begin ik?",
                                                "answer": rich_text("<p>Klein.</p>"),
                                            },
                                        )
                                    ]
                                ),
                            },
                        ),
                    ]
                ),
                "tags": "samenwerking, veerkracht",
            }
        )
        self.assertCanCreate(self.home, ContentPage, data)
        page = ContentPage.objects.get(slug="samenwerken")
        self.assertEqual(sorted(page.tags.names()), ["samenwerking", "veerkracht"])
        response = self.client.get(page.url)
        self.assertContains(response, '<h2 class="block-heading">Aanpak</h2>', html=False)
        self.assertContains(response, "Hoe begin ik?")
        self.assertContains(response, "Het werkt.")

    def test_content_page_renders_and_is_editable(self):
        page = self.home.add_child(
            instance=ContentPage(title="Over", slug="over", intro="Over ons")
        )
        self.assertPageIsRenderable(page)
        post_data = nested_form_data(
            {"title": "Over", "slug": "over", "intro": "", "body": streamfield([]), "tags": ""}
        )
        self.assertPageIsEditable(page, post_data=post_data)
        self.assertPageIsPreviewable(page, post_data=post_data)
