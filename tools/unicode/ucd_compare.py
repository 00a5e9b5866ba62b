"""CPython's answer for each property that tools/unicode/DumpJdkUnicode.java prints, in the same
notation, and the ranges of code points where a JDK's answer differs from it."""
import unicodedata

MAX = 0x110000

# Word_Break MidLetter, MidNumLet and Single_Quote (WordBreakProperty.txt, unchanged 13.0 to 16.0):
# with Mn, Me, Cf, Lm and Sk they make Case_Ignorable, which unicodedata does not expose.


def _bit(b):
    return "1" if b else "0"


def _mapping(c, s):
    if len(s) == 1:
        delta = ord(s) - c
        return "-%x" % -delta if delta < 0 else "+%x" % delta
    return " ".join("%x" % ord(x) for x in s)


def _cased(ch):
    return ch.isupper() or ch.islower() or unicodedata.category(ch) == "Lt"


def _case_ignorable(ch):
    # What CPython's final-sigma rule (handle_capital_sigma) makes of the character: skipped when
    # Case_Ignorable. A cased one after the sigma keeps it medial unless skipped; an uncased one
    # before it makes it final only when skipped.
    if _cased(ch):
        return ("A\u03a3" + ch).lower()[1] == "\u03c2"
    return ("A" + ch + "\u03a3").lower()[-1] == "\u03c2"


def _name(ch):
    n = unicodedata.name(ch, None)
    if n is None or n.startswith("CJK UNIFIED IDEOGRAPH-") or n.startswith("HANGUL SYLLABLE "):
        return "None"  # UnicodeDatabase.name makes these names from the code point
    return n


PROPERTIES = {
    "alpha": lambda c, ch: _bit(ch.isalpha()),
    "decimal": lambda c, ch: _bit(ch.isdecimal()),
    "digit": lambda c, ch: _bit(ch.isdigit()),
    "numeric": lambda c, ch: _bit(ch.isnumeric()),
    "upper": lambda c, ch: _bit(ch.isupper()),
    "lower": lambda c, ch: _bit(ch.islower()),
    "title": lambda c, ch: _bit(unicodedata.category(ch) == "Lt"),
    "cased": lambda c, ch: _bit(_cased(ch)),
    "case_ignorable": lambda c, ch: _bit(_case_ignorable(ch)),
    "identifier_start": lambda c, ch: _bit(ch.isidentifier()),
    "identifier_part": lambda c, ch: _bit(("a" + ch).isidentifier()),
    "decimal_value": lambda c, ch: str(unicodedata.decimal(ch, -1)),
    "category": lambda c, ch: unicodedata.category(ch),
    "bidirectional": lambda c, ch: unicodedata.bidirectional(ch),
    "mirrored": lambda c, ch: _bit(unicodedata.mirrored(ch)),
    "combining": lambda c, ch: str(unicodedata.combining(ch)),
    "lower_map": lambda c, ch: _mapping(c, ch.lower()),
    "upper_map": lambda c, ch: _mapping(c, ch.upper()),
    "title_map": lambda c, ch: _mapping(c, ch.title()),
    "fold_map": lambda c, ch: _mapping(c, ch.casefold()),
    "name": lambda c, ch: _name(ch),
}


def read_dump(lines):
    """{property: (starts, answers)} from DumpJdkUnicode's run lines."""
    runs = {}
    for line in lines:
        prop, first, answer = line.rstrip("\n").split("\t")
        starts, answers = runs.setdefault(prop, ([], []))
        starts.append(int(first, 16))
        answers.append(answer)
    return runs


def _expand(starts, answers):
    for i, first in enumerate(starts):
        last = starts[i + 1] if i + 1 < len(starts) else MAX
        for _ in range(first, last):
            yield answers[i]


def overrides(prop, dumps):
    """[first, last, answer] ranges holding CPython's answer, covering every code point where a
    dumped JDK's answer differs; a range spans only code points where CPython answers alike, so it
    is right for all of them."""
    f = PROPERTIES[prop]
    jdks = [_expand(*d[prop]) for d in dumps]
    result = []
    run_value, first_needed, last_needed = None, None, None
    for c in range(MAX):
        ours = f(c, chr(c))
        theirs = [next(j) for j in jdks]
        if ours != run_value:
            if first_needed is not None:
                result.append((first_needed, last_needed, run_value))
            run_value, first_needed, last_needed = ours, None, None
        if any(t != ours for t in theirs):
            if first_needed is None:
                first_needed = c
            last_needed = c
    if first_needed is not None:
        result.append((first_needed, last_needed, run_value))
    return result
