"""The vocabulary in the admin: one menu group "Taxonomie"."""

from django import forms
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.forms.choosers import BaseFilterForm, SearchFilterMixin
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import DraftStateMixin
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.chooser import ChooseResultsView, ChooseView, SnippetChooserViewSet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from taggit.models import Tag

from .models import Factor, Municipality, Organisation, Province, SchoolType, TargetGroup
from .review import mark_saved_record_reviewed


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


class MunicipalityFilterForm(SearchFilterMixin, BaseFilterForm):
    """The municipality chooser: type part of a name or the CBS code, or pick a province."""

    provincie = forms.ModelChoiceField(
        queryset=Province.objects.order_by("name"),
        required=False,
        label=_("Provincie"),
        empty_label=_("Alle provincies"),
        # Wagtail's chooser modal searches again when a field with this attribute changes.
        widget=forms.Select(attrs={"data-chooser-modal-search-filter": True}),
    )

    def filter(self, objects):
        province = self.cleaned_data.get("provincie")
        if province is not None:
            objects = objects.filter(province=province)
        return super().filter(objects)


class MunicipalityChooseView(ChooseView):
    filter_form_class = MunicipalityFilterForm


class MunicipalityChooseResultsView(ChooseResultsView):
    filter_form_class = MunicipalityFilterForm


class MunicipalityChooserViewSet(SnippetChooserViewSet):
    choose_view_class = MunicipalityChooseView
    choose_results_view_class = MunicipalityChooseResultsView


class MunicipalityViewSet(SnippetViewSet):
    model = Municipality
    chooser_viewset_class = MunicipalityChooserViewSet
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


class OrganisationChooserViewSet(SnippetChooserViewSet):
    """The organisation chooser has a "create" tab: an editor adds a school or youth-work
    organisation that is not on the list yet without leaving the record."""

    form_fields = ["name", "kind", "website"]
    create_action_label = _("Nieuwe organisatie aanmaken")


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    chooser_viewset_class = OrganisationChooserViewSet
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


@hooks.register("after_create_snippet")
@hooks.register("after_edit_snippet")
def review_date_on_save(request, instance):
    """A record without publishing (a werkplaats) is reviewed when an editor saves it."""
    if not isinstance(instance, DraftStateMixin):
        mark_saved_record_reviewed(instance)
