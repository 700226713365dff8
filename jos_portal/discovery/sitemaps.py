"""/sitemap.xml: Wagtail's pages plus every published record and the topic and region
hubs. Each section is one query (regions: one per level)."""

from django.contrib.sitemaps import Sitemap
from django.db.models import Q
from django.urls import reverse

from wagtail.contrib.sitemaps import Sitemap as WagtailPageSitemap

from taggit.models import Tag

from jos_portal.taxonomy.models import Factor, Municipality, Province
from practices.models import Practice
from publications.models import Publication
from workshops.models import Session, Workplace

from .topics import in_public_use


class PageSitemap(WagtailPageSitemap):
    """Wagtail's pages at the host the sitemap was asked for (like the other sections),
    not at the hostname stored on the Wagtail Site record (``localhost`` in the demo)."""

    def _urls(self, page, protocol, domain):
        urls = super()._urls(page, protocol, domain)
        root = self.get_wagtail_site().root_url
        for url in urls:
            if url["location"].startswith(f"{root}/"):
                url["location"] = self.request.build_absolute_uri(url["location"][len(root) :])
            # The hreflang pairs of the page, as the other sections carry them.
            dutch = url["location"]
            url["alternates"] = [
                {"lang_code": "nl", "location": dutch},
                {"lang_code": "en", "location": english_location(dutch)},
                {"lang_code": "x-default", "location": dutch},
            ]
        return urls


def english_location(location):
    """The /en/ address of a Dutch page address."""
    scheme, rest = location.split("://", 1)
    host, _, path = rest.partition("/")
    return f"{scheme}://{host}/en/{path}"


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
    """Topics that at least one public record carries."""

    def items(self):
        return Tag.objects.filter(in_public_use()).order_by("slug")

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


class ListSitemap(Sitemap):
    """The list and overview pages that are not Wagtail pages: the practice list, the
    werkplaatsen, publications, factor map, tips, topics, regions, the submission form,
    the sitemap for people and the open data page."""

    NAMES = (
        "practices:list",
        "practices:submit",
        "workshops:list",
        "publications:list",
        "discovery:factor_map",
        "discovery:topics",
        "stories:tips",
        "discovery:sitemap_page",
        "discovery:reading_guide",
        "discovery:municipality_guide",
        "open_data",
    )

    def items(self):
        return list(self.NAMES)

    def location(self, name):
        return reverse(name)


class EnglishPageSitemap(PageSitemap):
    """The same editorial pages under /en/ (the interface in English, the text in Dutch),
    so the English addresses are found too."""

    def _urls(self, page, protocol, domain):
        urls = super()._urls(page, protocol, domain)
        for url in urls:
            url["location"] = english_location(url["location"])
        return urls


def bilingual(sitemap_class):
    """The section in Dutch and under /en/, each address with its hreflang alternates."""
    return type(
        sitemap_class.__name__,
        (sitemap_class,),
        {"i18n": True, "languages": ["nl", "en"], "alternates": True, "x_default": True},
    )


SITEMAPS = {
    "pages": PageSitemap,
    "pages-en": EnglishPageSitemap,
    "lists": bilingual(ListSitemap),
    "practices": bilingual(PracticeSitemap),
    "workplaces": bilingual(WorkplaceSitemap),
    "sessions": bilingual(SessionSitemap),
    "publications": bilingual(PublicationSitemap),
    "factors": bilingual(FactorSitemap),
    "topics": bilingual(TopicSitemap),
    "regions": bilingual(RegionSitemap),
}
