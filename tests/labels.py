"""Reading the honesty label ("Fictief voorbeeld") out of rendered pages."""

import re

LABEL = "Fictief voorbeeld"
LABEL_HTML = '<span class="provenance-label">Fictief voorbeeld</span>'
FEED_PREFIX = "[Fictief voorbeeld] "


def labelled(html, title):
    """Whether the title (the end of a link text or heading) is followed by the label."""
    return re.search(re.escape(title) + r"(</a>)?\s*" + re.escape(LABEL_HTML), html) is not None


def shown(html, title):
    return title in html
