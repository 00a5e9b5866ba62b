# Encoders fed something that is not bytes-like report it as CPython does: through binascii's
# buffer converter (b64encode, b16encode, zlib, binascii), through memoryview (b32encode,
# b85encode, a85encode), or base64's own check (encodebytes).
import base64
import binascii
import zlib

for value in [5, 2.5, None, [1, 2], "ab", (1,), bytearray(b"ok"), memoryview(b"mv")]:
    for f in (base64.b64encode, base64.b32encode, base64.b16encode, base64.b85encode, base64.a85encode,
              base64.encodebytes, binascii.hexlify, binascii.crc32, zlib.compress, zlib.crc32):
        try:
            r = f(value)
            print(f.__name__, type(value).__name__, "->", r if not isinstance(r, bytes) or len(r) < 20 else r[:8])
        except TypeError as e:
            print(f.__name__, type(value).__name__, "TypeError:", e)
for value in [5, None]:
    try:
        binascii.a2b_base64(value)
    except TypeError as e:
        print("a2b_base64", repr(value), "TypeError:", e)
