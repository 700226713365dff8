"""The result code: a scan's answers packed into a short, versioned piece of URL.

Format: ``v<version>-<base32>``. The base32 part (lower case, no padding) holds

- one flag byte: bits 0-2 the collaboration stage (0 = not given, 1-4), bit 3 a school
  type follows, bit 4 a municipality follows;
- the school type's id as an unsigned LEB128 varint, if flagged;
- the number of the municipality's CBS code (GM0855 -> 855) as two bytes, if flagged;
- the answers, four bits each, two per byte, in the order of the version's statements
  (0 = not answered, 1-4 = the scale, 5 = "weet ik niet");
- a three-byte checksum: the start of SHA-256 over the version and the bytes above.

The checksum catches typing errors and edited links. It is deliberately not keyed with
SECRET_KEY: anyone may produce any result by filling in the form, so there is nothing to
authenticate, and a keyed code would break every shared link when the key is rotated.
Nothing in the code is personal; nothing is stored on the server.
"""

import base64
import binascii
import hashlib
import re
from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

MISSING = 0
DONT_KNOW = 5
SCALE = (1, 2, 3, 4)
ANSWER_VALUES = (MISSING, *SCALE, DONT_KNOW)

# Stored by position, so the order is part of the format: only ever append.
STAGES = ("verkennen", "opstarten", "lopend", "geborgd")

MAX_CODE_LENGTH = 400
CHECKSUM_BYTES = 3
CODE_PATTERN = re.compile(r"v(\d{1,6})-([a-z2-7]+)")


class CodeError(ValueError):
    """A result code that cannot be read; ``message`` is shown to the user."""

    def __init__(self, message, status=400):
        super().__init__(str(message))
        self.message = message
        self.status = status


@dataclass(frozen=True)
class Answers:
    """Everything a result code holds."""

    values: tuple = ()
    stage: str = ""
    school_type_id: int | None = None
    municipality_code: str = ""


def _varint(number):
    out = bytearray()
    while True:
        byte = number & 0x7F
        number >>= 7
        if number:
            out.append(byte | 0x80)
        else:
            out.append(byte)
            return bytes(out)


def _read_varint(data, offset):
    number, shift = 0, 0
    while offset < len(data) and shift <= 28:
        byte = data[offset]
        offset += 1
        number |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return number, offset
        shift += 7
    raise CodeError(_("Deze uitslagcode is onvolledig of beschadigd."))


def _checksum(version, payload):
    digest = hashlib.sha256(f"jos-scan|{version}|".encode() + payload).digest()
    return digest[:CHECKSUM_BYTES]


def _base32(data):
    return base64.b32encode(data).decode("ascii").rstrip("=").lower()


def encode(version, answers):
    """The code for ``answers`` (an Answers) under scan version number ``version``."""
    flags = 0
    if answers.stage:
        flags |= STAGES.index(answers.stage) + 1
    tail = bytearray()
    if answers.school_type_id is not None:
        flags |= 0b1000
        tail += _varint(answers.school_type_id)
    if answers.municipality_code:
        flags |= 0b10000
        tail += int(answers.municipality_code[2:]).to_bytes(2, "big")
    packed = bytearray()
    values = list(answers.values)
    for value in values:
        if value not in ANSWER_VALUES:
            raise ValueError(f"Ongeldige antwoordwaarde {value!r}")
    if len(values) % 2:
        values.append(MISSING)
    for high, low in zip(values[::2], values[1::2], strict=True):
        packed.append(high << 4 | low)
    payload = bytes([flags]) + bytes(tail) + bytes(packed)
    return f"v{version}-{_base32(payload + _checksum(version, payload))}"


def parse_version(code):
    """The version number in a code, checking only its outer shape."""
    if len(code) > MAX_CODE_LENGTH:
        raise CodeError(_("Deze uitslagcode is te lang. Controleer of de link volledig is."))
    match = CODE_PATTERN.fullmatch(code)
    if not match:
        raise CodeError(
            _("Dit is geen geldige uitslagcode. Controleer of de link volledig is overgenomen.")
        )
    return int(match.group(1))


def decode(code, statement_count):
    """Read a code for a version with ``statement_count`` statements; raises CodeError."""
    version = parse_version(code)
    text = code.split("-", 1)[1].upper()
    try:
        raw = base64.b32decode(text + "=" * (-len(text) % 8))
    except (binascii.Error, ValueError):
        raise CodeError(_("Deze uitslagcode is onvolledig of beschadigd.")) from None
    if _base32(raw) != text.lower():
        # Stray bits in the last character: same bytes, different text. Only the
        # canonical spelling is a valid code, so every edited character is caught.
        raise CodeError(_("Deze uitslagcode is onvolledig of beschadigd."))
    if len(raw) <= CHECKSUM_BYTES:
        raise CodeError(_("Deze uitslagcode is onvolledig of beschadigd."))
    payload, checksum = raw[:-CHECKSUM_BYTES], raw[-CHECKSUM_BYTES:]
    if _checksum(version, payload) != checksum:
        raise CodeError(
            _(
                "Deze uitslagcode klopt niet: er is een teken veranderd of weggevallen. "
                "Gebruik de link precies zoals je hem kreeg."
            )
        )
    flags, offset = payload[0], 1
    if flags >> 5:
        raise CodeError(_("Deze uitslagcode is onvolledig of beschadigd."))
    stage_index = flags & 0b111
    if stage_index > len(STAGES):
        raise CodeError(_("Deze uitslagcode is onvolledig of beschadigd."))
    school_type_id = None
    if flags & 0b1000:
        school_type_id, offset = _read_varint(payload, offset)
    municipality_code = ""
    if flags & 0b10000:
        if offset + 2 > len(payload):
            raise CodeError(_("Deze uitslagcode is onvolledig of beschadigd."))
        number = int.from_bytes(payload[offset : offset + 2], "big")
        offset += 2
        if number > 9999:
            raise CodeError(_("Deze uitslagcode is onvolledig of beschadigd."))
        municipality_code = f"GM{number:04d}"
    packed = payload[offset:]
    if len(packed) != (statement_count + 1) // 2:
        raise CodeError(
            _("Deze uitslagcode past niet bij de stellingen van deze versie van de scan.")
        )
    values = []
    for byte in packed:
        values.extend((byte >> 4, byte & 0x0F))
    if statement_count % 2 and values[-1] != MISSING:
        raise CodeError(_("Deze uitslagcode is onvolledig of beschadigd."))
    values = values[:statement_count]
    if any(value not in ANSWER_VALUES for value in values):
        raise CodeError(_("Deze uitslagcode bevat een antwoord dat niet bestaat."))
    return Answers(
        values=tuple(values),
        stage=STAGES[stage_index - 1] if stage_index else "",
        school_type_id=school_type_id,
        municipality_code=municipality_code,
    )


def find_code(text):
    """The code inside pasted text or a whole result URL; otherwise the text itself,
    which then fails to decode with a clear message."""
    text = (text or "").strip()[: MAX_CODE_LENGTH + 200].lower()
    match = re.search(r"v\d{1,6}-[a-z2-7]+", text)
    return match.group(0) if match else text
