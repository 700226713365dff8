"""A record's old address keeps working when its slug changes: a permanent redirect.

When a live practice, workshop session or publication is saved live under another address
(a new slug, or a session moved to another werkplaats), the old address, in Dutch and
under /en/, gets a 301 to the new one through Wagtail's redirects app; a shared link or a
search engine's entry does not end in a 404. A draft changes nothing (its address is not
public yet), and an earlier redirect from the new address is removed so no loop forms.
"""

from django.db import transaction
from django.db.models.signals import post_save, pre_save
from django.utils import translation

from wagtail.contrib.redirects.models import Redirect

LANGUAGES = ("nl", "en")


def addresses(record):
    urls = []
    for language in LANGUAGES:
        with translation.override(language):
            urls.append(record.get_absolute_url())
    return urls


def _remember_old_addresses(sender, instance, raw=False, **kwargs):
    instance._addresses_before_save = None
    if raw or instance.pk is None:
        return
    old = sender._base_manager.filter(pk=instance.pk).first()
    if old is not None and old.live:
        instance._addresses_before_save = addresses(old)


def _redirect_old_addresses(sender, instance, raw=False, **kwargs):
    before = getattr(instance, "_addresses_before_save", None)
    if raw or not before:
        return
    # What was stored, not the instance: a draft saved on a live record keeps the live
    # row's slug (only the draft fields are written).
    saved = sender._base_manager.filter(pk=instance.pk).first()
    if saved is None or not saved.live:
        return
    after = addresses(saved)

    def add():
        for old, new in zip(before, after, strict=True):
            if old == new:
                continue
            Redirect.objects.filter(old_path=Redirect.normalise_path(new)).delete()
            Redirect.add_redirect(old, redirect_to=new, is_permanent=True)

    transaction.on_commit(add)


def connect_signals():
    from practices.models import Practice
    from publications.models import Publication
    from workshops.models import Session

    for model in (Practice, Session, Publication):
        uid = f"slug-redirect-{model._meta.label_lower}"
        pre_save.connect(_remember_old_addresses, sender=model, dispatch_uid=uid)
        post_save.connect(_redirect_old_addresses, sender=model, dispatch_uid=uid)
