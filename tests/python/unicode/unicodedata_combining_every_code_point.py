"""unicodedata's canonical combining class, mirrored property and East_Asian_Width of every code point are CPython 3.11's (Unicode 14),
whatever Unicode version the JDK has (Java 17: 13, Java 25: 16)."""
import hashlib
import unicodedata
from collections import Counter
from itertools import repeat

chars = list(map(chr, range(0x110000)))

for f in (unicodedata.combining, unicodedata.mirrored, unicodedata.east_asian_width):
    values = list(map(f, chars))
    print(f.__name__, hashlib.md5(str(values).encode()).hexdigest())
    for value, count in sorted(Counter(values).items(), key=lambda item: str(item[0])):
        print("  %s: %d" % (value, count))
