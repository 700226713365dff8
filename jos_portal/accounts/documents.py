"""Who may download a document: decided here and nowhere else.

A document is **public** when its collection has no view restriction and either it sits in
a public collection (``PUBLIC_DOCUMENT_COLLECTIONS``) or a live, public record uses it: a
published practice, session, publication or tip, a live page without view restrictions,
or a record without drafts (a factor, a workplace, a topic introduction, a setting).
"Uses" comes from Wagtail's reference index, which sees document choosers, inline document
lists, stream blocks and links in rich text alike, and only the saved (live) version of a
record: a draft revision never makes a file public, nor withdraws one.

Everything else is **private**: served only to someone who passes the collection's view
restrictions and either may manage the document in the admin or has passed the view
restriction of a live page that uses it; with ``X-Robots-Tag: noindex`` and never cached.
Anyone else gets a 404, as for the record's own page.
"""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.http import Http404
from django.utils.cache import add_never_cache_headers, patch_vary_headers

from wagtail.documents.views.serve import serve
from wagtail.models import (
    BaseViewRestriction,
    Collection,
    CollectionViewRestriction,
    DraftStateMixin,
    Page,
    ReferenceIndex,
)
from wagtail.permission_policies.collections import CollectionOwnershipPermissionPolicy
from wagtail.permissions import policy_registry

from jos_portal.taxonomy.reach import DOWNLOAD, count_as

# What a manager of a document may do with it; any one of them lets them download it.
MANAGING_ACTIONS = ("change", "choose")


def _with_descendants(collections):
    ids = set()
    for collection in collections:
        ids.update(
            Collection.objects.descendant_of(collection, inclusive=True).values_list(
                "pk", flat=True
            )
        )
    return ids


def restricted_collection_ids():
    """Collections that carry a view restriction, themselves or through an ancestor."""
    restricted = Collection.objects.filter(
        pk__in=CollectionViewRestriction.objects.values("collection")
    )
    return _with_descendants(restricted)


def public_collection_ids():
    """Collections named in PUBLIC_DOCUMENT_COLLECTIONS, with their descendants."""
    names = getattr(settings, "PUBLIC_DOCUMENT_COLLECTIONS", ())
    if not names:
        return set()
    return _with_descendants(Collection.objects.filter(name__in=names, depth__gt=1))


def closed_collection_ids(user):
    """Collections restricted to groups this user is not in: the user does not see their
    documents, in the admin or anywhere else. Cached on the user object for the request."""
    if user.is_active and user.is_superuser:
        return set()
    cached = getattr(user, "_closed_collection_ids", None)
    if cached is None:
        restrictions = CollectionViewRestriction.objects.filter(
            restriction_type=BaseViewRestriction.GROUPS
        )
        if user.is_authenticated:
            restrictions = restrictions.exclude(groups__in=user.groups.all())
        collections = Collection.objects.filter(pk__in=restrictions.values("collection"))
        cached = _with_descendants(collections)
        if user.is_authenticated:
            user._closed_collection_ids = cached
    return cached


def _records_using(document):
    """{model: {pk, ...}} of the records whose saved version uses the document."""
    using = {}
    references = (
        ReferenceIndex.get_references_to(document)
        .values_list("base_content_type_id", "object_id")
        .distinct()
    )
    for content_type_id, object_id in references:
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is None:
            continue
        try:
            pk = model._meta.pk.to_python(object_id)
        except ValidationError:
            continue  # a key this model cannot have: not a use
        using.setdefault(model, set()).add(pk)
    return using


def _live(model):
    """The records of this model that visitors can reach: live, or without drafts."""
    if issubclass(model, Page):
        return model._default_manager.live()
    queryset = model._default_manager.all()
    if hasattr(queryset, "published"):
        return queryset.published()
    if issubclass(model, DraftStateMixin):
        return queryset.filter(live=True)
    return queryset


def _public(model):
    """Live records without a view restriction (only pages have those)."""
    queryset = _live(model)
    if issubclass(model, Page):
        return queryset.public()
    return queryset


def _any(using, queryset_for):
    return any(queryset_for(model).filter(pk__in=pks).exists() for model, pks in using.items())


def in_restricted_collection(document):
    return document.collection_id in restricted_collection_ids()


def document_is_public(document):
    """True when anyone may download the document (see the module docstring)."""
    if in_restricted_collection(document):
        return False
    if document.collection_id in public_collection_ids():
        return True
    return _any(_records_using(document), _public)


def used_by_live_record(document):
    """True when a live record (public or behind a view restriction) uses the document."""
    return _any(_records_using(document), _live)


def _passes_restricted_page(request, document):
    """The visitor has passed the view restriction of a live page that uses the document."""
    using = _records_using(document)
    for model, pks in using.items():
        if not issubclass(model, Page):
            continue
        for page in _live(model).filter(pk__in=pks):
            if all(r.accept_request(request) for r in page.get_view_restrictions()):
                return True
    return False


def may_download_private(request, document):
    """Whether this request may have a document that is not public."""
    if not all(
        restriction.accept_request(request)
        for restriction in document.collection.get_view_restrictions()
    ):
        return False
    policy = policy_registry.get_by_type(type(document))
    if policy.user_has_any_permission_for_instance(request.user, MANAGING_ACTIONS, document):
        return True
    return not in_restricted_collection(document) and _passes_restricted_page(request, document)


def serve_private(response):
    """Headers for a private download: not indexed, not stored by any cache."""
    response["X-Robots-Tag"] = "noindex, nofollow"
    add_never_cache_headers(response)
    response["Cache-Control"] = "private, " + response["Cache-Control"]
    patch_vary_headers(response, ["Cookie"])
    return response


ASKS_VISITOR = (BaseViewRestriction.LOGIN, BaseViewRestriction.PASSWORD)


def check_document_access(document, request):
    """The ``before_serve_document`` hook: public documents and private ones for those who
    may have them go on to Wagtail's serve view (``serve_document`` marks the latter);
    anyone else gets a 404."""
    if document_is_public(document):
        request.served_document = document
        return None
    if not may_download_private(request, document):
        if not request.user.is_authenticated and any(
            restriction.restriction_type in ASKS_VISITOR and not restriction.accept_request(request)
            for restriction in document.collection.get_view_restrictions()
        ):
            # A collection open to anyone who logs in (or knows the password): Wagtail's own
            # restriction hook asks for it and never lets the file through. Collections
            # closed to groups (submission attachments) stay a plain 404.
            return None
        raise Http404
    request.private_document_pk = document.pk
    return None


def serve_document(request, document_id, document_filename):
    """Wagtail's serve view (which runs the hook above), with the headers of a private
    download when the hook let a private document through."""
    response = serve(request, document_id, document_filename)
    if str(getattr(request, "private_document_pk", "")) == str(document_id):
        serve_private(response)
    elif getattr(request, "served_document", None) is not None:
        # A public download counts towards the reach figures (jos_portal/reach).
        count_as(request, response, request.served_document, kind=DOWNLOAD)
    return response


class DocumentPermissionPolicy(CollectionOwnershipPermissionPolicy):
    """Wagtail's document policy with two rules added.

    - A collection restricted to groups (the submission attachments) is closed, in the
      admin too, to everyone outside those groups: they do not list, choose, open or edit
      its documents, whatever their rights on a parent collection.
    - Someone who may edit a document only because they uploaded it (a Bijdrager) may not
      replace or delete it once a live record uses it: that would change published content
      without review.
    """

    def _check_perm(self, user, actions, collection=None):
        if collection is not None and collection.pk in closed_collection_ids(user):
            return False
        return super()._check_perm(user, actions, collection=collection)

    def _collections_with_perm(self, user, actions):
        collections = super()._collections_with_perm(user, actions)
        closed = closed_collection_ids(user)
        return collections.exclude(pk__in=closed) if closed else collections

    def user_has_any_permission_for_instance(self, user, actions, instance):
        actions = set(actions)
        if not super().user_has_any_permission_for_instance(user, actions, instance):
            return False
        editing = actions & {"change", "delete"}
        if not editing or (user.is_active and user.is_superuser):
            return True
        if self._check_perm(user, ["change"], collection=instance.collection):
            return True
        others = actions - editing
        if others and super().user_has_any_permission_for_instance(user, others, instance):
            return True
        # Only ownership grants the edit.
        return not used_by_live_record(instance)


def document_permission_policy():
    from wagtail.documents import get_document_model_string

    return DocumentPermissionPolicy(
        get_document_model_string(),
        auth_model="wagtaildocs.Document",
        owner_field_name="uploaded_by_user",
    )
