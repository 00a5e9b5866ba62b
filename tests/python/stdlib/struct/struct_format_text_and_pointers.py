# A str format must be ASCII (encoded first: UnicodeEncodeError), a format may not hold a NUL, and
# 'P' takes any value from -(2**63) to 2**64 - 1 (a C long when negative, else an unsigned long).
import struct

for fmt in ("\u00e9i", "i\u2603", "i\x00", b"i\x00h", "xx$", b"\xff"):
    try:
        struct.calcsize(fmt)
        print(repr(fmt), "ok")
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)

for value in (-1, -(2**63), 2**63, 2**64 - 1, 2**64, -(2**63) - 1, 10**30):
    try:
        packed = struct.pack("P", value)
        print(value, packed.hex(), struct.unpack("P", packed)[0])
    except struct.error as e:
        print(value, "error:", e)
