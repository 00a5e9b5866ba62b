"""str.isupper, islower and istitle of every code point are CPython 3.11's (Unicode 14), whatever Unicode version the JDK has (Java 17: 13, Java 25: 16)."""
import hashlib

chars = list(map(chr, range(0x110000)))


def digest(name, holds):
    """How many code points hold, a hash of them all, and the first and last 20."""
    found = "".join(holds)
    print(name, len(found), hashlib.md5(found.encode("utf-8", "surrogatepass")).hexdigest())
    print("  first:", " ".join("%X" % ord(c) for c in found[:20]))
    print("  last:", " ".join("%X" % ord(c) for c in found[-20:]))


for method in (str.isupper, str.islower, str.istitle):
    digest(method.__name__, filter(method, chars))
