"""Controlled topics: only editors add new ones.

Topics (tags) are public: each one gets a page, a facet and a feed. A contributor picks
from the topics that exist; a name that is not on the list is refused with a message that
keeps the rest of the form as typed (Wagtail's own ``free_tagging = False`` would drop the
word silently). Editors and moderators, who hold ``taggit.add_tag``, add new ones.
"""

from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.forms.tags import TagField

from taggit.models import Tag

ADD_TOPIC_PERMISSION = "taggit.add_tag"
CLOSED_TOPICS_HELP = _(
    "Kies uit de bestaande onderwerpen; nieuwe onderwerpen voegt de redactie toe."
)


def may_add_topics(user):
    return bool(user) and user.has_perm(ADD_TOPIC_PERMISSION)


class ControlledTopicsForm(WagtailAdminModelForm):
    """Base form of records with topics: unknown topics only from users who may add them."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.topics_are_closed = not may_add_topics(self.for_user)
        for field in self._topic_fields():
            if self.topics_are_closed:
                # The widget then only completes existing topics.
                field.widget.free_tagging = False
                field.help_text = " ".join(
                    str(text) for text in (field.help_text, CLOSED_TOPICS_HELP) if text
                )

    def _topic_fields(self):
        return [field for field in self.fields.values() if isinstance(field, TagField)]

    def clean(self):
        cleaned = super().clean()
        if not self.topics_are_closed:
            return cleaned
        for name, field in self.fields.items():
            if not isinstance(field, TagField) or not cleaned.get(name):
                continue
            wanted = list(cleaned[name])
            # Topics compare without regard to case (TAGGIT_CASE_INSENSITIVE).
            matches = Q()
            for tag in wanted:
                matches |= Q(name__iexact=tag)
            known = {
                name.casefold()
                for name in Tag.objects.filter(matches).values_list("name", flat=True)
            }
            unknown = [tag for tag in wanted if tag.casefold() not in known]
            if unknown:
                self.add_error(
                    name,
                    forms.ValidationError(
                        _(
                            "Dit onderwerp bestaat nog niet: %(names)s. Kies een bestaand "
                            "onderwerp; vraag de redactie als er een nieuw nodig is."
                        ),
                        code="unknown_topic",
                        params={"names": ", ".join(unknown)},
                    ),
                )
        return cleaned
