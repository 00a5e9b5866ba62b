"""str.isprintable() for every code point matches CPython 3.11 (Unicode 14), whatever Unicode the JDK has."""
import hashlib

bits = "".join("1" if chr(c).isprintable() else "0" for c in range(0x110000))
print(bits.count("1"), hashlib.md5(bits.encode()).hexdigest())
