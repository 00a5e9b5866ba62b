# Every native single-item format: size, signedness, byte order (native is little endian here),
# floats rounded to their width, bools, chars and pointers.
import struct

raw = bytearray(range(1, 17))
m = memoryview(raw)
for f in "cbBhHiIlLqQnNfd?P":
    v = m.cast(f)
    print(f, v.format, v.itemsize, len(v), v.nbytes)

ints = memoryview(bytearray(b"\xff\xfe\x80\x7f\x00\x01\x02\x03"))
print(ints.cast("b").tolist())
print(ints.cast("B").tolist())
print(ints.cast("h").tolist(), ints.cast("H").tolist())
print(ints.cast("i").tolist(), ints.cast("I").tolist())
print(ints.cast("q").tolist(), ints.cast("Q").tolist(), ints.cast("l").tolist(), ints.cast("L").tolist())
print(ints.cast("n").tolist(), ints.cast("N").tolist(), ints.cast("P").tolist())
print(ints.cast("c").tolist())
print(ints.cast("?").tolist())
print(memoryview(b"\x00\x02\x01").cast("?").tolist())

# The same bytes as struct reads them.
print(struct.unpack("<4h", bytes(ints)) == tuple(ints.cast("h").tolist()))

floats = memoryview(bytearray(struct.pack("2d", 0.1, -2.5)))
print(floats.cast("d").tolist())
print(memoryview(struct.pack("2f", 0.1, 1e38)).cast("f").tolist())
d = floats.cast("B").cast("d")
d[0] = 1 / 3
print(d[0], d.tolist())
f = memoryview(bytearray(8)).cast("f")
f[0] = 0.1
f[1] = 1e300
print(f.tolist())
f[1] = float("-inf")
print(f.tolist())

# '@' is the native prefix: accepted, and kept in .format.
at = m.cast("@H")
print(at.format, at.itemsize, at[0], at.tolist()[:3])
print(at.cast("B").format, at.cast("@B").format)

# Writes use the view's format.
h = memoryview(bytearray(4)).cast("h")
h[0] = -2
h[1] = 0x1234
print(h.tolist(), h.obj, h.cast("B").tolist())
q = memoryview(bytearray(8)).cast("Q")
q[0] = 2 ** 64 - 1
print(q[0], q.cast("B").cast("q")[0])
p = memoryview(bytearray(8)).cast("P")
p[0] = -1
print(p[0])
c = memoryview(bytearray(2)).cast("c")
c[0] = b"Z"
print(c.tolist(), c.obj)
bo = memoryview(bytearray(3)).cast("?")
bo[0] = [1]
bo[1] = ""
bo[2] = 7
print(bo.tolist(), bo.obj)
