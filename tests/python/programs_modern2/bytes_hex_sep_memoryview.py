# bytes.hex(sep, bytes_per_sep) (3.8) and memoryview.toreadonly (3.8).
data = bytes(range(250, 256)) + b"\x00\x01"
print(data.hex(), data.hex(":"), data.hex("-", 2), data.hex(" ", -3), bytearray(b"\xab\xcd").hex("|"))
print(memoryview(b"\x01\x02\x03").hex(","), bytes.fromhex("de ad be ef").hex("_", 2))
try:
    data.hex("::")
except ValueError as e:
    print("ValueError:", e)
m = memoryview(bytearray(b"abc"))
ro = m.toreadonly()
print(m.readonly, ro.readonly, ro.tobytes())
try:
    ro[0] = 1
except TypeError as e:
    print("TypeError:", e)
m[0] = ord("z")
print(ro.tobytes())
