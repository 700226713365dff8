"""Public pages link only documents a visitor may download (jos_portal/accounts/documents.py)."""

from django import template

from jos_portal.accounts.documents import restricted_collection_ids

register = template.Library()


@register.filter
def public_documents(items):
    """The items (inline rows with a ``document``) whose document is not in a restricted
    collection. A submitter's attachment sits in one: it is for the moderators, never
    linked on the site, also after the practice is published."""
    items = list(items)
    if not items:
        return items
    restricted = restricted_collection_ids()
    return [item for item in items if item.document.collection_id not in restricted]


@register.filter
def public_document(document):
    """The document, or None when it sits in a restricted collection."""
    if document is None or document.collection_id in restricted_collection_ids():
        return None
    return document
