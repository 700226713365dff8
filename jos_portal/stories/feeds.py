"""Atom feed of the newest published stories (keeps the kind and topic filters)."""

from django.contrib.syndication.views import Feed
from django.utils.translation import gettext as _

from jos_portal.taxonomy.english import english_or
from jos_portal.taxonomy.feeds import StyledAtom1Feed
from jos_portal.taxonomy.provenance import labelled

from .models import FEED_SIZE


class StoryFeed(Feed):
    feed_type = StyledAtom1Feed

    def get_object(self, request, index, kind, tag):
        self.request = request
        return {"index": index, "kind": kind, "tag": tag}

    def title(self, obj):
        title = _("Verhalen van JOS")
        if obj["tag"] is not None:
            title += f": {obj['tag'].name}"
        return title

    def subtitle(self, obj):
        return _("Interviews, praktijkverhalen, nieuws en columns over school en jongerenwerk.")

    def link(self, obj):
        return obj["index"].get_url(self.request)

    def feed_url(self, obj):
        return self.request.get_full_path()

    def items(self, obj):
        return (
            obj["index"]
            .filtered(obj["kind"], obj["tag"])
            .prefetch_related("tagged_items__tag")[:FEED_SIZE]
        )

    def item_title(self, item):
        return labelled(item, english_or(item, "title_en", item.title))

    def item_description(self, item):
        return english_or(item, "summary_en", item.intro)

    def item_link(self, item):
        return item.get_url(self.request)

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at

    def item_author_name(self, item):
        return item.authors or "Platform JEP"

    def item_categories(self, item):
        return [tagged.tag.name for tagged in item.tagged_items.all()]

    def item_guid(self, item):
        return f"urn:jos:verhaal:{item.pk}"

    item_guid_is_permalink = False
