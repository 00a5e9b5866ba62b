"""The final-sigma rule of str.lower for a capital sigma after each code point: which code points
count as cased or are skipped as case-ignorable (Unicode 14, as CPython 3.11 has them), whatever
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
# Σ after c is final when c is cased or is skipped (case-ignorable) to reach the cased A
after = ("A" + "\u03a3\0A".join(others) + "\u03a3").lower().split("\0")
digest("final after", compress(others, map(str.endswith, after, repeat("\u03c2"))))
