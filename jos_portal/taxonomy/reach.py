"""Which record a public page shows, written on its response for the reach count.

A record's public view (and the document download) labels its response with
``count_as``; the reach middleware (jos_portal/reach) counts what it finds there. The
label is a plain attribute of the response, so it travels with a response stored in the
page cache and a cached hit is counted like a fresh page. Nothing here counts or stores
anything, and a preview is never labelled.
"""

VIEW = "view"
DOWNLOAD = "download"


def count_as(request, response, record, region=None, kind=VIEW):
    """Label ``response`` as one view (or download) of ``record``, in ``region`` (a
    province or None); returns the response."""
    if getattr(request, "is_preview", False):
        return response
    response.reach = (kind, record._meta.label_lower, record.pk, getattr(region, "slug", "") or "")
    return response
