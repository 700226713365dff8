"""The admin's record forms in tabs, the same four on every long form.

Content first (what a visitor reads), then the classification that drives the filters,
then contact and sources, and last what concerns publishing (origin, review date,
submission details, scheduling). Wagtail marks a tab with errors, so a refused save
points to the tab to open.
"""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList, TabbedInterface

from .models import FACTOR_KIND_PLURALS
from .widgets import GroupedCheckboxSelectMultiple

CONTENT = _("Inhoud")
CLASSIFICATION = _("Indeling")
CONTACT_AND_SOURCES = _("Contact en bronnen")
PUBLISHING = _("Publiceren")


def record_tabs(*, content, classification, contact_and_sources, publishing):
    """A TabbedInterface of the four tabs, in this order; an empty tab is left out."""
    tabs = (
        (CONTENT, content),
        (CLASSIFICATION, classification),
        (CONTACT_AND_SOURCES, contact_and_sources),
        (PUBLISHING, publishing),
    )
    return TabbedInterface(
        [ObjectList(panels, heading=heading) for heading, panels in tabs if panels]
    )


def factors_panel(field_name="factors", **kwargs):
    """Factors as checkboxes grouped by kind: randvoorwaarden, succesfactoren, valkuilen."""
    return FieldPanel(
        field_name,
        widget=GroupedCheckboxSelectMultiple(group_by="kind", groups=FACTOR_KIND_PLURALS),
        **kwargs,
    )


class ShownWhenPanel(MultiFieldPanel):
    """A group of fields shown only for records where ``condition(instance)`` holds, such
    as the submission details of a practice that came in through the public form. Its
    fields stay in the form, so a save of a record where it is hidden sends them empty:
    ``condition`` must hold whenever one of them has a value."""

    def __init__(self, children=(), *args, condition, **kwargs):
        self.condition = condition
        super().__init__(children, *args, **kwargs)

    def clone_kwargs(self):
        return {**super().clone_kwargs(), "condition": self.condition}

    class BoundPanel(MultiFieldPanel.BoundPanel):
        def is_shown(self):
            return self.panel.condition(self.instance) and super().is_shown()


class ReadOnlyPanel(FieldPanel):
    """A field shown, not edited, and never as Wagtail's English "None" when empty."""

    empty_text = _("(niet ingevuld)")

    def __init__(self, field_name, *args, **kwargs):
        kwargs["read_only"] = True
        super().__init__(field_name, *args, **kwargs)

    def format_value_for_display(self, value):
        if callable(getattr(value, "all", "")):
            value = ", ".join(str(obj) for obj in value.all())
        if value is None or value == "":
            return self.empty_text
        return super().format_value_for_display(value)
