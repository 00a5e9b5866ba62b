"""The final-sigma rule of str.lower for a capital sigma before each code point: which code points
are skipped as case-ignorable or are not cased (Unicode 14, as CPython 3.11 has them), whatever
Unicode version the JDK has."""
import hashlib
from itertools import compress, repeat

# every code point but the surrogates and NUL, which ends each case below
others = list(map(chr, range(1, 0x110000)))
del others[0xD800 - 1:0xE000 - 1]


def digest(name, found):
    found = "".join(found)
    print(name, len(found), hashlib.md5(found.encode()).hexdigest())
    print("  first:", " ".join("%X" % ord(c) for c in found[:20]))
    print("  last:", " ".join("%X" % ord(c) for c in found[-20:]))


# One lower() over every case, each ended by NUL: the rule looks no further than the next
# character that is neither cased nor case-ignorable, so the cases stay apart.
# Σ before c is final when c is skipped or is not cased
before = ("A\u03a3" + "\0A\u03a3".join(others)).lower().split("\0")
digest("final before", compress(others, map(str.startswith, before, repeat("a\u03c2"))))
