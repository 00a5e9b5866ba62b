# A memoryview is bytes-like: consumers read the items of the view in C order.
import struct
import array
import io
import hashlib
import binascii

b = bytes(range(97, 107))
m = memoryview(b)
print(bytes(m[2:5]), bytearray(m[::2]), b"-" + m[:3], bytearray(b"x") + m[1:2])
print(b"".join([m[:2], m[5:7]]), b"cde" in b, m[2:5] == b"cde")
print(bytes(m.cast("B", (2, 5))), bytes(m.cast("h")) == b)
print(struct.unpack_from("<h", m, 2), struct.unpack("<5h", m.cast("h")))
print(binascii.hexlify(m[:4]), hashlib.sha256(m).hexdigest()[:16] == hashlib.sha256(b).hexdigest()[:16])
print(int.from_bytes(m[:2], "little"), m[:3].tobytes().decode("ascii"), str(m[:3], "ascii"))

buf = io.BytesIO()
buf.write(m[3:6])
buf.write(m.cast("B", (2, 5)))
print(buf.getvalue())

# Writing into a bytearray through a view: the zero-copy idiom of socket and file code.
out = bytearray(8)
view = memoryview(out)
pos = 0
for chunk in (b"ab", b"cde", b"fgh"):
    view[pos:pos + len(chunk)] = chunk
    pos += len(chunk)
print(out, pos)

f = io.BytesIO(b"0123456789")
target = bytearray(6)
n = f.readinto(memoryview(target)[2:])
print(n, target)

# struct.pack_into writes through a view of a bytearray.
packed = bytearray(6)
struct.pack_into("<hi", memoryview(packed), 0, -2, 7)
print(packed, memoryview(packed).cast("B")[:2].tolist())

# Views of arrays and of views.
print(bytes(memoryview(array.array("h", [1, -1]))), bytes(memoryview(memoryview(b"xy"))))
