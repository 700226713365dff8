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
