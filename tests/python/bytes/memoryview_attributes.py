# The attributes of a plain view of bytes and of bytearray, len, iteration and repr.
b = b"hello world"
m = memoryview(b)
print(m.obj is b, m.nbytes, m.readonly, m.itemsize, m.format, m.ndim)
print(m.shape, m.strides, m.suboffsets, m.c_contiguous, m.f_contiguous, m.contiguous)
print(len(m), list(m)[:5], m[0], m[-1], bytes(m[6:]))
print(repr(m).startswith("<memory at 0x"), repr(m).endswith(">"))
print(type(m).__name__, type(iter(m)).__name__, isinstance(m, memoryview))

ba = bytearray(b"abc")
w = memoryview(ba)
print(w.obj is ba, w.readonly, w.tolist(), w.tobytes(), bytes(w), w.hex())
ro = w.toreadonly()
print(ro.readonly, ro.obj is ba, ro.tolist(), w.readonly)

# A view of a view shares the exporter; obj is the original object.
mm = memoryview(m)
print(mm.obj is b, mm == m, mm is m)

empty = memoryview(b"")
print(len(empty), empty.tolist(), empty.shape, empty.nbytes, empty.c_contiguous)

# Iteration reads live: a write during iteration is seen.
ba2 = bytearray(b"\x01\x02\x03")
v = memoryview(ba2)
seen = []
for i, x in enumerate(v):
    if i == 0:
        ba2[2] = 99
    seen.append(x)
print(seen, 2 in v, 99 in v, list(reversed(v)))

from collections.abc import Sequence
print(isinstance(m, Sequence), memoryview.__doc__.splitlines()[0])
