"""Access to the Unicode Character Database. Weft's own implementation.

The data is the JDK's (java.lang.Character, java.text.Normalizer), reached through
_weft_unicodedata, corrected to CPython 3.11's Unicode 14.0.0 by generated tables (the Java package
org.weft.python.unicode, tools/unicode/gen_unicode14_tables.py) where Java 17 (Unicode 13) or
Java 25 (Unicode 16) answers otherwise; normalize() is the JDK's own. East_Asian_Width,
and the numeric values outside Nd (fractions, CJK numerals), which the JDK does not carry, come
from tables generated from Unicode 14.0.0 data by
interpreter/src/test/resources/org/weft/python/lib/gen_unicode_tables.py.
decomposition() reads a table generated from Unicode 14.0.0 data too, since the JDK applies
decomposition mappings but exposes neither them nor their tags.
Not provided: ucd_3_2_0 (no Unicode 3.2 data).
"""

import _weft_unicodedata as _u

unidata_version = _u.unicode_version

# Hangul syllable names are made from the short names of their jamo (Unicode 3.12, Jamo.txt); lookup()
# takes them apart.
_S_BASE, _L_COUNT, _V_COUNT, _T_COUNT = 0xAC00, 19, 21, 28
_N_COUNT = _V_COUNT * _T_COUNT
_JAMO_L = "G GG N D DD R M B BB S SS - J JJ C K T P H".split()
_JAMO_V = "A AE YA YAE EO E YEO YE O WA WAE OE YO U WEO WE WI YU EU YI I".split()
_JAMO_T = "- G GG GS N NJ NH D L LG LM LB LS LT LP LH M B BS S SS NG J C K T P H".split()


def _char(fname, chr, argument=" 1"):
    if not isinstance(chr, str):
        raise TypeError("%s() argument%s must be a unicode character, not %s" % (fname, argument, type(chr).__name__))
    if len(chr) != 1:
        raise TypeError("%s() argument%s must be a unicode character, not str" % (fname, argument))
    return ord(chr)


# One character, the common case, is taken without a call: these functions run once per character.
_str = str


# the names of Hangul syllables and CJK unified ideographs are made from the code point, there too
_name = _u.name


_missing = object()


def name(chr, default=_missing, /):
    """Returns the name assigned to the character chr as a string."""
    n = _name(ord(chr) if type(chr) is _str and len(chr) == 1 else _char("name", chr))
    if n is None:
        if default is _missing:
            raise ValueError("no such name")
        return default
    return n


def _lookup_hangul(rest):
    for li, l in enumerate(_JAMO_L):
        l = "" if l == "-" else l
        if not rest.startswith(l):
            continue
        for vi, v in enumerate(_JAMO_V):
            if not rest[len(l):].startswith(v):
                continue
            tail = rest[len(l) + len(v):]
            for ti, t in enumerate(_JAMO_T):
                if tail == ("" if t == "-" else t):
                    return _S_BASE + (li * _V_COUNT + vi) * _T_COUNT + ti
    return -1


def lookup(name, /):
    """Look up character by name; KeyError if no character has that name."""
    if not isinstance(name, str):
        if isinstance(name, (bytes, bytearray)):
            name = name.decode("latin-1")
        else:
            raise TypeError("lookup() argument must be str, not %s" % type(name).__name__)
    key = name.upper()
    cp = -1
    if key.startswith("HANGUL SYLLABLE "):
        cp = _lookup_hangul(key[len("HANGUL SYLLABLE "):])
    elif key.startswith("CJK UNIFIED IDEOGRAPH-"):
        digits = key[len("CJK UNIFIED IDEOGRAPH-"):]
        if 4 <= len(digits) <= 5 and all(c in "0123456789ABCDEF" for c in digits) and _name(int(digits, 16)) == key:
            cp = int(digits, 16)
    elif len(key) < 256:
        cp = _u.code_point_of(key)
        # the JDK also accepts its made-up "BLOCK XXXX" names, which are no character's name
        if cp >= 0 and _name(cp) != key and _u.category_of(cp) != "Cc":
            cp = -1
    if cp < 0:
        raise KeyError("undefined character name '%s'" % name)
    return chr(cp)


# category, bidirectional, combining and mirrored are Java functions, which check the argument
import sys as _sys
category, bidirectional, combining, mirrored = _u.per_character_functions(_sys.modules[__name__])
del _sys


_numeric = None
_digits = None


def _load_numeric():
    """Numeric values outside Nd come from a generated table: the JDK gives only integers, and only
    for some of them (no fractions, no CJK numerals)."""
    global _numeric, _digits
    import _weft_unicode_numeric as t
    values = {}
    # each table is one string (adjacent literals), entries separated by ';'
    for item in t.NUMERIC.split(";"):
        if item:
            cp, value = item.split()
            values[int(cp, 16)] = float(value)
    digits = {int(cp, 16) for cp in t.DIGITS.split(";") if cp}
    _digits = frozenset(digits)
    _numeric = values


def _value(cp, kind):
    """The decimal, digit or numeric value of cp, or None."""
    decimal = _u.decimal_value(cp)  # -1 outside Nd
    if decimal >= 0:
        return decimal
    if kind == "decimal":
        return None
    if _numeric is None:
        _load_numeric()
    value = _numeric.get(cp)
    if value is None or kind == "numeric":
        return value
    return int(value) if cp in _digits else None


def decimal(chr, default=_missing, /):
    """Converts a Unicode character into its equivalent decimal value."""
    value = _value(ord(chr) if type(chr) is _str and len(chr) == 1 else _char("decimal", chr), "decimal")
    if value is None:
        if default is _missing:
            raise ValueError("not a decimal")
        return default
    return value


def digit(chr, default=_missing, /):
    """Converts a Unicode character into its equivalent digit value."""
    value = _value(ord(chr) if type(chr) is _str and len(chr) == 1 else _char("digit", chr), "digit")
    if value is None:
        if default is _missing:
            raise ValueError("not a digit")
        return default
    return value


def numeric(chr, default=_missing, /):
    """Converts a Unicode character into its equivalent numeric value."""
    value = _value(ord(chr) if type(chr) is _str and len(chr) == 1 else _char("numeric", chr), "numeric")
    if value is None:
        if default is _missing:
            raise ValueError("not a numeric character")
        return default
    return float(value)


_eaw_starts = None
_eaw_ranges = None


def _load_east_asian_width():
    global _eaw_starts, _eaw_ranges
    import _weft_east_asian_width
    ranges = []
    for item in _weft_east_asian_width.RANGES.split(";"):
        if item:
            first, last, value = item.split()
            ranges.append((int(first, 16), int(last, 16), value))
    _eaw_ranges = ranges
    _eaw_starts = [r[0] for r in ranges]


def east_asian_width(chr, /):
    """Returns the east asian width assigned to the character chr as string."""
    cp = _char("east_asian_width", chr, "")
    if _eaw_starts is None:
        _load_east_asian_width()
    import bisect
    i = bisect.bisect_right(_eaw_starts, cp) - 1
    if i >= 0:
        first, last, value = _eaw_ranges[i]
        if cp <= last:
            return value
    return "N"


_decompositions = None


def _load_decompositions():
    global _decompositions
    import _weft_unicode_decomposition as t
    table = {}
    for item in t.DECOMPOSITION.split(";"):
        if item:
            cp, mapping = item.split(":")
            table[int(cp, 16)] = mapping
    _decompositions = table  # published whole, so a racing thread sees all of it or loads its own


def decomposition(chr, /):
    """Returns the character decomposition mapping assigned to the character chr as string."""
    cp = _char("decomposition", chr, "")
    if _decompositions is None:
        _load_decompositions()
    return _decompositions.get(cp, "")


_FORMS = ("NFC", "NFD", "NFKC", "NFKD")


def _form(fname, form, unistr):
    if not isinstance(form, str):
        raise TypeError("%s() argument 1 must be str, not %s" % (fname, type(form).__name__))
    if not isinstance(unistr, str):
        raise TypeError("%s() argument 2 must be str, not %s" % (fname, type(unistr).__name__))
    if form not in _FORMS:
        raise ValueError("invalid normalization form")


def normalize(form, unistr, /):
    """Return the normal form 'form' for the Unicode string unistr: 'NFC', 'NFKC', 'NFD' or 'NFKD'."""
    _form("normalize", form, unistr)
    return _u.normalize(form, unistr)


def is_normalized(form, unistr, /):
    """Return whether the Unicode string unistr is in the normal form 'form'."""
    _form("is_normalized", form, unistr)
    return _u.is_normalized(form, unistr)

# C code in CPython: tracebacks show no frames of this module.
import _weft_hidden
__weft_hidden_code__ = _weft_hidden.module_code(globals())
del _weft_hidden
