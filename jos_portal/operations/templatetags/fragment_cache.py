"""``{% content_cache "name" value ... [on_miss=callable] %}...{% endcontent_cache %}``:
markup that only changes with the public content, cached until the content changes.

The key holds the page cache's content version (bumped by every change visitors could
see: records, pages, vocabularies, settings), the interface language and the given values
(a record's pk, the pks of a page of cards). So a cached fragment is never older than the
content, and nothing per visitor may be inside one (no CSRF token, no user, no messages).
The first value must be given by the view: when it is empty (a preview of a draft renders
the same template without it) the fragment is rendered and never cached or read.
``on_miss`` names a callable in the context that is called before the fragment is
rendered, e.g. to load the relations only the fragment shows. Without a working cache the
fragment is rendered every time.
"""

import hashlib
import time

from django import template
from django.conf import settings
from django.core.cache import cache
from django.utils.translation import get_language

from jos_portal.operations import pagecache
from jos_portal.operations.localcache import LocalCache

register = template.Library()


def fragment_seconds():
    return getattr(settings, "FRAGMENT_SECONDS", 600)


# Fragments this process used last, by key: a key holds the content version, so what is
# under it only changes with the clock, and a hit costs no round trip to the cache.
# Strings only; thread-safe.
LOCAL_FRAGMENTS = 512
_local = LocalCache(LOCAL_FRAGMENTS, max_age=fragment_seconds)


class ContentCacheNode(template.Node):
    def __init__(self, nodelist, name, values, on_miss):
        self.nodelist = nodelist
        self.name = name
        self.values = values
        self.on_miss = on_miss

    def key(self, context):
        values = [value.resolve(context) for value in self.values]
        if not values or values[0] in (None, ""):
            return None
        digest = hashlib.sha256(repr(values).encode()).hexdigest()[:32]
        version = pagecache.content_version()  # read once per request (sitecache)
        # "timed": the shared entry is (made, html); a process of an older release,
        # during a rolling deploy, reads its own (plain html) keys, never these.
        return f"fragment:timed:{self.name}:{version}:{get_language()}:{digest}"

    def render(self, context):
        key = self.key(context)
        if key is None:
            return self.nodelist.render(context)
        html = _local.get(key)
        if html is not None:
            return html
        # The shared cache holds (when it was made, html): a copy read there keeps its age.
        found = cache.get(key)
        if (
            isinstance(found, tuple)
            and len(found) == 2
            and time.time() - found[0] < fragment_seconds()
        ):
            made, html = found
        else:
            if self.on_miss is not None:
                self.on_miss.resolve(context)  # a template variable: resolving calls it
            made, html = time.time(), self.nodelist.render(context)
            cache.set(key, (made, html), fragment_seconds())
        _local.set(key, html, age=time.time() - made)
        return html


@register.tag
def content_cache(parser, token):
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError("content_cache needs a fragment name")
    name = bits[1].strip("\"'")
    values, on_miss = [], None
    for bit in bits[2:]:
        if bit.startswith("on_miss="):
            on_miss = parser.compile_filter(bit.removeprefix("on_miss="))
        else:
            values.append(parser.compile_filter(bit))
    nodelist = parser.parse(("endcontent_cache",))
    parser.delete_first_token()
    return ContentCacheNode(nodelist, name, values, on_miss)
