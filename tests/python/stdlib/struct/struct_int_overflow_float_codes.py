# An int too large for a float code: CPython reports struct.error "int too large to convert"
# (the OverflowError of packing an int is replaced), while a float keeps its OverflowError.
import struct


def attempt(fmt, value):
    try:
        print(fmt, repr(value)[:20], struct.pack(fmt, value))
    except struct.error as exc:
        print(fmt, repr(value)[:20], "struct.error:", exc)
    except OverflowError as exc:
        print(fmt, repr(value)[:20], "OverflowError:", exc)


for fmt in ("<e", ">e", "e", "<f", "f", "<d"):
    for value in (65504, 65520, 65520.0, 10 ** 39, 1e39, 10 ** 400, True):
        attempt(fmt, value)


class Big(int):
    pass


attempt("<e", Big(70000))
s = struct.Struct("<he")
try:
    s.pack(1, 99999)
except struct.error as exc:
    print("Struct.pack:", exc)
buf = bytearray(4)
try:
    struct.pack_into("<e", buf, 0, 2 ** 20)
except struct.error as exc:
    print("pack_into:", exc)
print(struct.unpack("<e", struct.pack("<e", 65504)))
