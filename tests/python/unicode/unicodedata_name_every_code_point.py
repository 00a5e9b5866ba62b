"""unicodedata.name of every code point is CPython 3.11's (Unicode 14), whatever Unicode version the
JDK has (Java 17: 13, Java 25: 16), and lookup() finds each named character by its name."""
import hashlib
import unicodedata
from itertools import compress, repeat

chars = list(map(chr, range(0x110000)))
names = list(map(unicodedata.name, chars, repeat(None)))
named = list(compress(chars, names))
print("named:", len(named), hashlib.md5(str(names).encode()).hexdigest())
print("  first:", [unicodedata.name(c) for c in named[:5]])
print("  last:", [unicodedata.name(c) for c in named[-5:]])

# lookup() is the inverse of name(); the ideographs and syllables whose names are made from the
# code point are taken one in 50
sample = [c for c in named if not unicodedata.name(c).startswith(("CJK UNIFIED", "HANGUL SYLLABLE"))]
sample += named[::50]
wrong = [c for c in sample if unicodedata.lookup(unicodedata.name(c)) != c]
print("lookup:", len(sample), "names,", len(wrong), "wrong", ["U+%04X" % ord(c) for c in wrong[:10]])
for name in ("TANGSA DIGIT ZERO", "MELTING FACE", "GARAY CAPITAL LETTER A", "KAWI SIGN CANDRABINDU"):
    try:
        print(name, "U+%04X" % ord(unicodedata.lookup(name)))
    except KeyError as e:
        print(name, "KeyError", e)
