# == and != compare shapes and unpacked item values, across formats and exporters.
import array
import struct

b = b"abcdefgh"
m = memoryview(b)
print(m == b, m == bytearray(b), b == m, bytearray(b) == m, m != b, m == b"abc")
print(m == m.cast("h"), m.cast("h") == m.cast("h"), m.cast("h") == array.array("h", m.cast("h").tolist()))
print(m.cast("B", (2, 4)) == m, m.cast("B", (2, 4)) == m.cast("B", (2, 4)), m.cast("B", (4, 2)) == m.cast("B", (2, 4)))
print(m.cast("b") == m, memoryview(b"\xff").cast("b") == memoryview(b"\xff"))
print(m.cast("c") == m, m.cast("c") == m.cast("c"), m[::2] == b[::2], m[::-1] == b[::-1])
print(memoryview(bytes(8)).cast("d") == memoryview(bytes(8)).cast("q"))
print(memoryview(array.array("d", [1.0, 2.0])) == array.array("q", [1, 2]))
print(memoryview(array.array("f", [0.5])) == memoryview(array.array("d", [0.5])))
print(memoryview(b"\x01\x02").cast("?") == memoryview(b"\x02\x01").cast("?"))
print(memoryview(b"\x00\x00") == memoryview(b"\x00\x00")[:0], memoryview(b"")[:0] == b"")

# NaN items: a view is unequal to itself, as the float is.
nan = memoryview(struct.pack("d", float("nan"))).cast("d")
print(nan == nan, nan != nan, memoryview(struct.pack("d", float("nan"))) == memoryview(struct.pack("d", float("nan"))))

# Not bytes-like: unequal, and ordering is not defined.
print(m == "abcdefgh", m == list(b), m == None, m != 1)
for op in ("<", "<=", ">", ">="):
    try:
        eval("m %s m" % op)
    except TypeError as e:
        print(e)

# Released views equal only themselves.
r = memoryview(b)
r.release()
print(r == r, r == m, m == r, r == b, r != r)

# Unsupported item formats ('w', from array('u')) compare unequal even to themselves.
u = memoryview(array.array("u", "ab"))
print(u == u, u.cast("B") == u.cast("B"))
