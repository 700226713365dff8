"""Atom feeds that a browser shows as a readable page.

``StyledAtom1Feed`` writes an ``xml-stylesheet`` processing instruction before the root
element, pointing at the portal's own XSL stylesheet (``feed_stylesheet``, served from
this host in the visitor's language). A feed reader ignores the instruction; the document
stays plain Atom in the Atom namespace. Browsers that still apply XSLT show the feed as a
page with an explanation; see docs/portal.md (Volgen) for what a browser without XSLT
does, and why the visible "Volgen" links lead to the HTML page /volgen/ instead.
"""

from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed, SimplerXMLGenerator, Stylesheet


class StyledAtom1Feed(Atom1Feed):
    def write(self, outfile, encoding):
        handler = SimplerXMLGenerator(outfile, encoding, short_empty_elements=True)
        handler.startDocument()
        # A processing instruction must come after the declaration and before any tag.
        stylesheet = Stylesheet(reverse("feed_stylesheet"), mimetype="text/xsl")
        handler.processingInstruction("xml-stylesheet", str(stylesheet))
        handler.startElement("feed", self.root_attributes())
        self.add_root_elements(handler)
        self.write_items(handler)
        handler.endElement("feed")
