"""Admin widgets for long vocabularies."""

from django import forms
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _


class FilterableCheckboxSelectMultiple(forms.CheckboxSelectMultiple):
    """Checkboxes with a filter field above them: type part of a name and only the matching
    (and the already ticked) choices stay visible. Without JavaScript the filter field stays
    hidden and the whole list is there, as plain checkboxes (static/js/filter-choices.js)."""

    filter_label = _("Filter op naam")

    class Media:
        js = ("js/filter-choices.js",)

    def render(self, name, value, attrs=None, renderer=None):
        checkboxes = super().render(name, value, attrs, renderer)
        field_id = (attrs or {}).get("id") or self.attrs.get("id") or name
        return format_html(
            '<div class="jos-filterable" data-jos-filterable>'
            '<div class="jos-filterable__filter" data-jos-filter-box hidden>'
            '<label class="w-field__label" for="{id}-filter">{label}</label>'
            '<input type="search" id="{id}-filter" autocomplete="off" data-jos-filter>'
            '<p class="help" data-jos-filter-count aria-live="polite"></p>'
            "</div>{checkboxes}</div>",
            id=field_id,
            label=self.filter_label,
            checkboxes=checkboxes,
        )


class GroupedCheckboxSelectMultiple(forms.CheckboxSelectMultiple):
    """Checkboxes of model choices in one fieldset per group, in a fixed group order: the
    factors of a record as randvoorwaarden, succesfactoren and valkuilen instead of one
    run of 21 boxes. ``group_by`` names the model field, ``groups`` its values and
    headings in the order shown; a choice in no listed group goes under "Overige"."""

    template_name = "taxonomy/widgets/grouped_checkboxes.html"
    other_heading = _("Overige")

    def __init__(self, *args, group_by, groups, **kwargs):
        super().__init__(*args, **kwargs)
        self.group_by = group_by
        self.groups = list(groups)

    def __deepcopy__(self, memo):
        copy = super().__deepcopy__(memo)
        copy.groups = list(self.groups)
        return copy

    def optgroups(self, name, value, attrs=None):
        headings = dict(self.groups)
        buckets = {key: [] for key, _heading in self.groups}
        other = []
        value_set = {str(v) for v in value}
        index = 0
        for option_value, option_label in self.choices:
            if option_value in (None, ""):
                continue
            instance = getattr(option_value, "instance", None)
            key = getattr(instance, self.group_by, None)
            selected = str(option_value) in value_set
            option = self.create_option(
                name, option_value, option_label, selected, index, attrs=attrs
            )
            buckets.get(key, other).append(option)
            index += 1
        groups = [(headings[key], options, i) for i, (key, options) in enumerate(buckets.items())]
        if other:
            groups.append((self.other_heading, other, len(groups)))
        return [group for group in groups if group[1]]
