"""/sitemap.xml: Wagtail's pages plus every published record and the topic and region
hubs. Each section is one query (regions: one per level)."""

from django.contrib.sitemaps import Sitemap
from django.db.models import Q
from django.urls import reverse

from wagtail.contrib.sitemaps import Sitemap as PageSitemap

from taggit.models import Tag

from jos_portal.taxonomy.models import Factor, Municipality, Province
from practices.models import Practice
from publications.models import Publication
from workshops.models import Session, Workplace

from .topics import SOURCES


class PracticeSitemap(Sitemap):
    def items(self):
        return Practice.objects.published().order_by("pk").only("slug", "last_published_at")

    def lastmod(self, obj):
        return obj.last_published_at


class SessionSitemap(Sitemap):
    def items(self):
        return Session.objects.published().select_related("workplace").order_by("pk")

    def lastmod(self, obj):
        return obj.last_published_at


class PublicationSitemap(Sitemap):
    def items(self):
        return Publication.objects.published().order_by("pk").only("slug", "last_published_at")

    def lastmod(self, obj):
        return obj.last_published_at


class WorkplaceSitemap(Sitemap):
    def items(self):
        return Workplace.objects.order_by("pk")


class FactorSitemap(Sitemap):
    def items(self):
        return Factor.objects.order_by("pk").only("slug")

    def location(self, obj):
        return reverse("discovery:factor", kwargs={"slug": obj.slug})


class TopicSitemap(Sitemap):
    """Topics with at least one published item."""

    def items(self):
        used = Q()
        for source in SOURCES:
            prefix = source.through._meta.get_field("tag").remote_field.related_name
            lookup = {f"{prefix}__isnull": False}
            if source.live_lookup:
                lookup[f"{prefix}__{source.live_lookup}"] = True
            used |= Q(**lookup)
        return Tag.objects.filter(used).distinct().order_by("slug")

    def location(self, obj):
        return reverse("discovery:topic", kwargs={"slug": obj.slug})


class RegionSitemap(Sitemap):
    """The region index, the provinces and the municipalities with content."""

    def items(self):
        items = [("discovery:regions", {})]
        items += [
            ("discovery:province", {"province": slug})
            for slug in Province.objects.order_by("slug").values_list("slug", flat=True)
        ]
        with_content = (
            Municipality.objects.filter(
                Q(covering_practices__live=True) | Q(workplaces__isnull=False)
            )
            .distinct()
            .order_by("slug")
            .values_list("province__slug", "slug")
        )
        items += [
            ("discovery:municipality", {"province": p, "municipality": m}) for p, m in with_content
        ]
        return items

    def location(self, item):
        return reverse(item[0], kwargs=item[1])


SITEMAPS = {
    "pages": PageSitemap,
    "practices": PracticeSitemap,
    "workplaces": WorkplaceSitemap,
    "sessions": SessionSitemap,
    "publications": PublicationSitemap,
    "factors": FactorSitemap,
    "topics": TopicSitemap,
    "regions": RegionSitemap,
}
