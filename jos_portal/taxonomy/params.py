"""Query-string input as every public view reads it.

Whatever a visitor puts in a query string passes through here before it reaches a
query, a comparison or ``int()``:

- control characters go (PostgreSQL refuses a NUL byte in text; the others are never
  meant), and so does surrounding space;
- a value is cut to a maximum length;
- a number is ASCII digits only: ``"²"`` and ``"①"`` pass ``str.isdigit()`` but not
  ``int()``, and digits of other scripts (``"١"``) would pass ``int()`` unnoticed.

It sits in the bottom layer (next to the vocabularies, importing no app) so that every
app can use it. Path segments that reach a view unchecked (``<str:...>``) go through
``clean`` too.
"""

import re

from django.core.paginator import PageNotAnInteger
from django.utils.translation import gettext as _

CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f]")
ASCII_DIGITS = re.compile(r"[0-9]+")
# Long enough for any slug, code or choice the portal uses.
MAX_VALUE_LENGTH = 100
# Long enough for any id or page number; int() of longer input only costs time.
MAX_DIGITS = 9
# A page number beyond any list is still a number (a 404, not a 400).
MAX_PAGE_LENGTH = 20


def clean(value, max_length=None):
    """The value without control characters and surrounding space, cut to max_length."""
    value = CONTROL_CHARACTERS.sub("", value or "").strip()
    return value if max_length is None else value[:max_length]


def text(query, key, max_length=MAX_VALUE_LENGTH):
    """One parameter, cleaned; "" when absent. Repeated, the last one counts (as with
    ``QueryDict.get``)."""
    return clean(query.get(key, ""), max_length)


def texts(query, key, max_length=None):
    """Every value of a repeatable parameter, cleaned, without the empty ones."""
    values = (clean(value, max_length) for value in query.getlist(key))
    return [value for value in values if value]


def number(value, minimum=None, maximum=None, max_digits=MAX_DIGITS):
    """The value as an int when it is ASCII digits (at most max_digits, space around
    allowed) within the bounds; otherwise None. A control character inside makes it no
    number ("1\x002" is not 12)."""
    value = (value or "").strip()
    if len(value) > max_digits or not ASCII_DIGITS.fullmatch(value):
        return None
    result = int(value)
    if (minimum is not None and result < minimum) or (maximum is not None and result > maximum):
        return None
    return result


def page_number(query, key="pagina"):
    """The page a list is asked for, 1 when absent, for ``Paginator.page``. Anything but
    ASCII digits (a leading minus allowed) raises Django's PageNotAnInteger, which the
    list views answer with a clear 400; a page out of range stays the paginator's
    EmptyPage (404)."""
    raw = query.get(key, "").strip()[:MAX_PAGE_LENGTH]
    if not raw:
        return 1
    page = number(raw.removeprefix("-"), max_digits=MAX_PAGE_LENGTH)
    if page is None:
        raise PageNotAnInteger(_("Het paginanummer moet een getal zijn."))
    return -page if raw.startswith("-") else page
