"""The vocabulary in the admin: one menu group "Taxonomie"."""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.chooser import SnippetChooserViewSet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from taggit.models import Tag

from .models import Factor, Municipality, Organisation, Province, SchoolType, TargetGroup


class TopicViewSet(SnippetViewSet):
    model = Tag
    icon = "tag"
    menu_label = _("Onderwerpen")
    list_display = ["name", "slug"]
    search_fields = ["name"]
    panels = [FieldPanel("name"), FieldPanel("slug")]


class ProvinceViewSet(SnippetViewSet):
    model = Province
    icon = "site"
    menu_label = _("Provincies")
    list_display = ["name", "code"]
    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("code", read_only=True)]


class MunicipalityViewSet(SnippetViewSet):
    model = Municipality
    icon = "site"
    menu_label = _("Regio's (gemeenten)")
    list_display = ["name", "code", "province", "jeugdregio_name"]
    list_filter = ["province"]
    # No search_fields: the model's search index decides (a field list makes SQLite's
    # full-text search fail with 'no such column'), on SQLite and PostgreSQL alike.
    list_per_page = 50
    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("code", read_only=True),
        FieldPanel("province"),
        MultiFieldPanel(
            [
                FieldPanel("jeugdregio_code"),
                FieldPanel("jeugdregio_name"),
                FieldPanel("ggd_code"),
                FieldPanel("ggd_name"),
                FieldPanel("corop_code"),
                FieldPanel("corop_name"),
                FieldPanel("veiligheidsregio_code"),
                FieldPanel("veiligheidsregio_name"),
            ],
            heading=_("Regio-indelingen (CBS)"),
        ),
    ]


class SchoolTypeViewSet(SnippetViewSet):
    model = SchoolType
    icon = "group"
    menu_label = _("Schooltypen")
    list_display = ["name", "sector", "sort_order"]


class TargetGroupViewSet(SnippetViewSet):
    model = TargetGroup
    icon = "user"
    menu_label = _("Doelgroepen")
    list_display = ["name", "sort_order"]


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    menu_label = _("Organisaties")
    list_display = ["name", "kind", "municipality"]
    list_filter = ["kind"]
    # No search_fields: the model's search index decides (a field list makes SQLite's
    # full-text search fail with 'no such column'), on SQLite and PostgreSQL alike.


class FactorChooserViewSet(SnippetChooserViewSet):
    """The factor chooser has a "create" tab: an editor adds a missing factor from inside
    the session editor, without leaving (and losing) the session."""

    form_fields = ["name", "kind", "description", "what_you_can_do"]
    create_action_label = _("Nieuwe factor aanmaken")


class FactorViewSet(SnippetViewSet):
    model = Factor
    chooser_viewset_class = FactorChooserViewSet
    icon = "list-ul"
    menu_label = _("Factoren")
    list_display = ["name", "kind"]
    list_filter = ["kind"]
    # No search_fields: the model's search index decides (a field list makes SQLite's
    # full-text search fail with 'no such column'), on SQLite and PostgreSQL alike.


class TaxonomyGroup(SnippetViewSetGroup):
    menu_label = _("Taxonomie")
    menu_icon = "tag"
    menu_order = 300
    items = (
        TopicViewSet,
        FactorViewSet,
        SchoolTypeViewSet,
        TargetGroupViewSet,
        OrganisationViewSet,
        MunicipalityViewSet,
        ProvinceViewSet,
    )


register_snippet(TaxonomyGroup)
