"""chr and ord: Latin-1 characters shared, astral and surrogate code points, and their errors."""
import sys
for c in (0, 65, 255, 256, 0xD800, 0xDFFF, 0x1F600, 0x10FFFF):
    s = chr(c)
    print(c, len(s), ord(s), ascii(s), s is chr(c) if c < 256 else "")
for bad in (-1, 0x110000, 2**40, "a", 1.5):
    try: chr(bad)
    except Exception as e: print(type(e).__name__, e)
for bad in ("", "ab", "\U0001F600x", b"", 5):
    try: print(ord(bad))
    except Exception as e: print(type(e).__name__, e)
print(ord("\U0001F600"), ord(b"A"), ord(bytearray(b"z")), ord("\ud800"))
