"""Purge a CDN's copies when a record is published, unpublished, deleted or edited.

Wagtail's frontend cache (``WAGTAILFRONTENDCACHE``, from the environment: settings/base.py)
purges a *page* when it is published or unpublished. The portal's records are not pages,
and most of them show up on other pages too, so this module names per record type the
URLs that show it: its detail page and downloads, its list and feed, the topic, region
and factor pages it appears on, the home page, the "everything new" feed and the
sitemap, in Dutch and under /en/. When a record changes its tags, region or factors, the
pages it leaves are purged as well (their URLs are read before the save).

URLs with a query string (filtered lists and feeds) cannot be named in advance; they
expire by their max-age (60 s, see pagecache) or by a purge rule on the CDN itself.
Nothing runs when no frontend cache is configured.
"""

from django.apps import apps
from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_delete, pre_save
from django.urls import NoReverseMatch, reverse
from django.utils import translation

from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.models import Page, Site
from wagtail.signals import page_published, page_unpublished, published, unpublished

from jos_portal.operations.pagecache import DRAFT_ONLY_FIELDS

OLD_PATHS = "_frontend_cache_old_paths"


def enabled():
    return bool(getattr(settings, "WAGTAILFRONTENDCACHE", None))


def _url(name, *args):
    try:
        return reverse(name, args=args)
    except NoReverseMatch:
        return None


def _topics(tag_slugs):
    return [_url("discovery:topics"), *(_url("discovery:topic", slug) for slug in tag_slugs)]


def _factors(factors):
    return [_url("discovery:factor_map")] + [_url("discovery:factor", f.slug) for f in factors]


def _regions(municipalities):
    paths = [_url("discovery:regions")]
    for municipality in municipalities:
        province = municipality.province.slug
        paths += [
            _url("discovery:province", province),
            _url("discovery:municipality", province, municipality.slug),
        ]
    return paths


def _everywhere():
    """Pages that show the newest records of every kind."""
    return [_url("wagtail_serve", ""), _url("discovery:feed"), _url("sitemap")]


def practice_paths(practice):
    return [
        practice.get_absolute_url(),
        _url("practices:list"),
        _url("practices:feed"),
        _url("practices:export_csv"),
        _url("practices:export_xlsx"),
        *_topics(t.slug for t in practice.tags.all()),
        *_factors(practice.factors.all()),
        *_regions([practice.municipality, *practice.extra_municipalities.all()]),
    ]


def session_paths(session):
    factors = {finding.factor for finding in session.findings.all() if finding.factor_id}
    return [
        session.get_absolute_url(),
        session.workplace.get_absolute_url(),
        _url("workshops:list"),
        _url("workshops:feed"),
        *_topics(t.slug for t in session.tags.all()),
        *_factors(factors),
        *_regions([session.workplace.municipality]),
    ]


def publication_paths(publication):
    factors = {factor for chapter in publication.chapters.all() for factor in chapter.factors.all()}
    return [
        publication.get_absolute_url(),
        _url("publications:bibtex", publication.slug),
        _url("publications:ris", publication.slug),
        _url("publications:list"),
        _url("publications:feed"),
        *_topics(t.slug for t in publication.tags.all()),
        *_factors(factors),
    ]


def tip_paths(tip):
    return [
        tip.get_absolute_url(),
        *_topics(t.slug for t in tip.tags.all()),
        *_factors(tip.factors.all()),
    ]


def factor_paths(factor):
    return [
        _url("discovery:factor", factor.slug),
        _url("discovery:factor_map"),
        _url("practices:list"),  # the factor filter
        *_topics(t.slug for t in factor.tags.all()),
    ]


def workplace_paths(workplace):
    return [
        workplace.get_absolute_url(),
        _url("workshops:list"),
        _url("discovery:factor_map"),  # a column per workplace
        *_topics(t.slug for t in workplace.tags.all()),
        *_regions([workplace.municipality]),
    ]


def record_types():
    """{model: paths function}; records with drafts, then plain snippets."""
    from jos_portal.stories.models import Tip
    from jos_portal.taxonomy.models import Factor
    from practices.models import Practice
    from publications.models import Publication
    from workshops.models import Session, Workplace

    drafts = {Practice: practice_paths, Session: session_paths, Publication: publication_paths}
    drafts[Tip] = tip_paths
    return drafts, {Factor: factor_paths, Workplace: workplace_paths}


def urls_for(paths_of, instance):
    """Absolute URLs of ``paths_of(instance)`` in every language, on every site."""
    paths = set()
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            paths.update(p for p in [*paths_of(instance), *_everywhere()] if p)
    roots = [site.root_url for site in Site.objects.all()]
    return {root + path for root in roots for path in paths}


def purge_on_commit(urls):
    if urls:
        transaction.on_commit(lambda: PurgeBatch(urls).purge())


def _stash_old_urls(paths_of):
    """Before a save or delete: the URLs of the record as visitors see it now."""

    def handler(sender, instance, update_fields=None, **kwargs):
        if not enabled() or instance.pk is None:
            return
        if update_fields and set(update_fields) <= DRAFT_ONLY_FIELDS:
            return
        manager = sender._default_manager
        current = manager.filter(pk=instance.pk)
        if hasattr(instance, "live"):
            current = current.filter(live=True)
        old = current.first()
        setattr(instance, OLD_PATHS, urls_for(paths_of, old) if old is not None else set())

    return handler


def _purge(paths_of, current=True):
    """After publish, unpublish, a plain snippet's save, or a delete."""

    def handler(sender, instance, update_fields=None, **kwargs):
        if not enabled():
            return
        if update_fields and set(update_fields) <= DRAFT_ONLY_FIELDS:
            return
        urls = set(getattr(instance, OLD_PATHS, set()))
        if current:
            urls |= urls_for(paths_of, instance)
        purge_on_commit(urls)

    return handler


def page_urls(page):
    """A page's URLs (with its ``get_cached_paths``) in every language; Wagtail's own
    purge knows only the Dutch ones."""
    urls = set()
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            base = page.get_full_url()
            if base:
                urls.update(base + path.lstrip("/") for path in page.get_cached_paths())
    return urls


def _purge_page(sender, instance, **kwargs):
    """A published or unpublished page: itself, its parent (the index that lists it, with
    its feed), the topics it is tagged with and the pages that show everything new."""
    if not enabled():
        return
    urls = page_urls(instance)
    parent = instance.get_parent()
    if parent is not None and not parent.is_root():
        urls |= page_urls(parent.specific)
    tags = getattr(instance, "tagged_items", None)
    slugs = [item.tag.slug for item in tags.all()] if tags is not None else []
    roots = [site.root_url for site in Site.objects.all()]
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            paths = [*_everywhere(), *(_topics(slugs) if slugs else [])]
            urls.update(root + path for root in roots for path in paths if path)
    purge_on_commit(urls)


def connect_signals():
    drafts, plain = record_types()
    for model, paths_of in {**drafts, **plain}.items():
        uid = f"frontend-cache-{model._meta.label_lower}"
        pre_save.connect(_stash_old_urls(paths_of), sender=model, weak=False, dispatch_uid=uid)
        pre_delete.connect(
            _stash_old_urls(paths_of), sender=model, weak=False, dispatch_uid=uid + "-del"
        )
        post_delete.connect(
            _purge(paths_of, current=False), sender=model, weak=False, dispatch_uid=uid + "-del"
        )
    for model, paths_of in drafts.items():
        uid = f"frontend-cache-{model._meta.label_lower}"
        published.connect(_purge(paths_of), sender=model, weak=False, dispatch_uid=uid)
        # Unpublished: the record is gone from every page it was on (its current URLs).
        unpublished.connect(_purge(paths_of), sender=model, weak=False, dispatch_uid=uid)
    for model, paths_of in plain.items():
        uid = f"frontend-cache-{model._meta.label_lower}"
        post_save.connect(_purge(paths_of), sender=model, weak=False, dispatch_uid=uid)
    # Every page type (Wagtail connects its own handler per type the same way).
    for model in apps.get_models():
        if issubclass(model, Page):
            uid = f"frontend-cache-{model._meta.label_lower}"
            page_published.connect(_purge_page, sender=model, dispatch_uid=uid)
            page_unpublished.connect(_purge_page, sender=model, dispatch_uid=uid)
