"""Uploads in an S3-compatible object store (django-storages), never as public objects.

Configured in settings (``AWS_STORAGE_BUCKET_NAME`` and friends). Every object is written
with the bucket's default, private ACL and read through signed URLs or through the portal:
documents stream via Wagtail's serve view, which asks ``accounts.documents`` first, so a
draft's file is no more reachable in the bucket than on local disk.
"""

from storages.backends.s3 import S3Storage


class PrivateS3Storage(S3Storage):
    default_acl = None  # the bucket's own (private); never "public-read"
    querystring_auth = True  # URLs are signed and expire (AWS_QUERYSTRING_EXPIRE)
    file_overwrite = False  # a second upload with the same name gets its own key
    object_parameters = {"CacheControl": "private, max-age=86400"}
