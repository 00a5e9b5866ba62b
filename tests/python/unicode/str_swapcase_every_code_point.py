"""str.swapcase of every code point is CPython 3.11's
(Unicode 14 full case mappings), whatever Unicode version the JDK has (Java 17: 13, Java 25: 16)."""
import hashlib
from itertools import compress
from operator import ne

chars = list(map(chr, range(0x110000)))

for method in (str.swapcase,):
    mapped = list(map(method, chars))
    # a separator keeps lone surrogates apart
    joined = ",".join(mapped).encode("utf-8", "surrogatepass")
    changed = list(compress(chars, map(ne, mapped, chars)))
    print(method.__name__, len(changed), "changed,", hashlib.md5(joined).hexdigest())
    print("  first:", " ".join("%X>%s" % (ord(c), method(c)) for c in changed[:12]))
    print("  last:", " ".join("%X>%s" % (ord(c), method(c)) for c in changed[-12:]))
