"""The idna codec (RFC 3490 ToASCII/ToUnicode with RFC 3491 Nameprep), for _weft_encodings.

Weft's own implementation; behaviour and error wording follow CPython's encodings/idna.py.
Nameprep's stringprep tables (Unicode 3.2) are not shipped: table B.1 is written out here, the
case mapping of table B.2 is str.casefold then NFKC, and the prohibited tables C.1.2 to C.9 are
read from unicodedata categories and the short ranges below, which agree with the tables for the
characters that occur in real host names.
"""

import re
import unicodedata

import _weft_punycode

_DOTS = re.compile("[\u002e\u3002\uff0e\uff61]")
_ACE_PREFIX = b"xn--"
_SACE_PREFIX = "xn--"

# RFC 3454 table B.1: commonly mapped to nothing
_B1 = frozenset([0xAD, 0x34F, 0x1806, 0x180B, 0x180C, 0x180D, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF]
                + list(range(0xFE00, 0xFE10)))
# Tables C.6 to C.9 and the noncharacters of C.4, as code point ranges
_PROHIBITED_RANGES = ((0xFFF9, 0xFFFD), (0x2FF0, 0x2FFB), (0x340, 0x341), (0x200E, 0x200F),
                      (0x202A, 0x202E), (0x206A, 0x206F), (0xE0001, 0xE0001), (0xE0020, 0xE007F),
                      (0xFDD0, 0xFDEF))


def _prohibited(c):
    cp = ord(c)
    cat = unicodedata.category(c)
    if cat in ("Co", "Cs") or (cat == "Zs" and cp >= 0x80) or (cat == "Cc" and cp >= 0x80):
        return True
    if cp in (0x1680, 0x2028, 0x2029, 0x180E) or 0x206A <= cp <= 0x206F or 0x1D173 <= cp <= 0x1D17A:
        return True
    if (cp & 0xFFFE) == 0xFFFE:
        return True
    return any(lo <= cp <= hi for lo, hi in _PROHIBITED_RANGES)


def nameprep(label):
    """RFC 3491: map, normalise (NFKC), prohibit, check bidi."""
    label = "".join(c.casefold() for c in label if ord(c) not in _B1)
    label = unicodedata.normalize("NFKC", label)
    for c in label:
        if _prohibited(c):
            raise UnicodeError("Invalid character %r" % c)
    rand_al = [unicodedata.bidirectional(c) in ("R", "AL") for c in label]
    if any(rand_al):
        if any(unicodedata.bidirectional(c) == "L" for c in label):
            raise UnicodeError("Violation of BIDI requirement 2")
        if not rand_al[0] or not rand_al[-1]:
            raise UnicodeError("Violation of BIDI requirement 3")
    return label


def to_ascii(label):
    try:
        encoded = label.encode("ascii")
    except UnicodeError:
        pass
    else:
        if 0 < len(encoded) < 64:
            return encoded
        raise UnicodeError("label empty or too long")
    label = nameprep(label)
    try:
        encoded = label.encode("ascii")
    except UnicodeError:
        pass
    else:
        if 0 < len(encoded) < 64:
            return encoded
        raise UnicodeError("label empty or too long")
    if label.startswith(_SACE_PREFIX):
        raise UnicodeError("Label starts with ACE prefix")
    encoded = _ACE_PREFIX + _weft_punycode.encode(label)
    if 0 < len(encoded) < 64:
        return encoded
    raise UnicodeError("label empty or too long")


def to_unicode(label):
    if len(label) > 1024:
        raise UnicodeError("label way too long")
    if not isinstance(label, bytes):
        try:
            label = label.encode("ascii")
        except UnicodeError:
            label = nameprep(label)
            try:
                label = label.encode("ascii")
            except UnicodeError:
                raise UnicodeError("Invalid character in IDN label")
    if not label.startswith(_ACE_PREFIX):
        return str(label, "ascii")
    result = _weft_punycode.decode(label[len(_ACE_PREFIX):], "strict")
    label2 = to_ascii(result)
    if str(label, "ascii").lower() != str(label2, "ascii"):
        raise UnicodeError("IDNA does not round-trip", label, label2)
    return result


def encode(input, errors="strict"):
    if errors != "strict":
        raise UnicodeError("unsupported error handling " + errors)
    if not input:
        return b"", 0
    try:
        result = input.encode("ascii")
    except UnicodeEncodeError:
        pass
    else:
        labels = result.split(b".")
        for label in labels[:-1]:
            if not (0 < len(label) < 64):
                raise UnicodeError("label empty or too long")
        if len(labels[-1]) >= 64:
            raise UnicodeError("label too long")
        return result, len(input)
    labels = _DOTS.split(input)
    trailing_dot = b""
    if labels and not labels[-1]:
        trailing_dot = b"."
        del labels[-1]
    return b".".join(to_ascii(label) for label in labels) + trailing_dot, len(input)


def decode(input, errors="strict"):
    if errors != "strict":
        raise UnicodeError("Unsupported error handling " + errors)
    if not input:
        return "", 0
    if not isinstance(input, bytes):
        input = bytes(input)
    if _ACE_PREFIX not in input:
        try:
            return input.decode("ascii"), len(input)
        except UnicodeDecodeError:
            pass
    labels = input.split(b".")
    trailing_dot = ""
    if labels and len(labels[-1]) == 0:
        trailing_dot = "."
        del labels[-1]
    return ".".join(to_unicode(label) for label in labels) + trailing_dot, len(input)
