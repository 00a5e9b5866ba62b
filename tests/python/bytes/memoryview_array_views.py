# Views of array.array: the array's typecode as format, reads and writes of its items.
import array

a = array.array("h", [1, 2, 3])
v = memoryview(a)
print(v.format, v.itemsize, v.nbytes, v.readonly, v.obj is a, v.tolist(), v.shape, v.strides)
v[0] = 100
print(a)
a[1] = -5
print(v[1], v.cast("B").tolist())
v.cast("B")[0] = 1
print(a, bytes(v), v.hex())
v[1:3] = array.array("h", [7, 8])
print(a)
try:
    v[0] = 70000
except ValueError as e:
    print(e)

for tc in "bBhHiIlLqQfd":
    w = memoryview(array.array(tc, [1, 2]))
    print(tc, w.format, w.itemsize, w.tolist(), w.nbytes)

f = array.array("f", [0.5, 1.5])
fv = memoryview(f)
fv[0] = 0.1
print(f[0], fv[0], fv.cast("B").cast("f").tolist() == f.tolist())
d = array.array("d", [1.0])
memoryview(d).cast("B")[7] = 0x40
print(d)

# 'u' arrays export format 'w', which memoryview cannot read, only cast to bytes.
u = array.array("u", "hi")
uv = memoryview(u)
print(uv.format, uv.itemsize, uv.nbytes, uv.cast("B").tolist())
for label, f in [("tolist", uv.tolist), ("getitem", lambda: uv[0]), ("iter", lambda: list(uv))]:
    try:
        f()
    except NotImplementedError as e:
        print(label, e)
uv.cast("B")[0] = ord("H")
print(u)

# Arrays are bytes-like wherever a buffer is accepted.
print(bytes(array.array("h", [1, 2])), bytearray(array.array("B", [65, 66])))
import struct
print(struct.unpack("<2h", array.array("h", [-1, 2])))

# The array may not change size while a view holds it in a with block.
b = array.array("i", [1, 2])
with memoryview(b) as held:
    for label, f in [("append", lambda: b.append(3)), ("extend", lambda: b.extend([3])),
                     ("pop", lambda: b.pop()), ("remove", lambda: b.remove(1)), ("insert", lambda: b.insert(0, 1)),
                     ("del", lambda: b.__delitem__(0)), ("frombytes", lambda: b.frombytes(b"1234")),
                     ("fromlist", lambda: b.fromlist([1])), ("imul", lambda: b.__imul__(2))]:
        try:
            f()
            print(label, "ok")
        except BufferError as e:
            print(label, e)
    b[0] = 9
    b.extend([])
    b.byteswap()
    print(held.tolist())
b.append(3)
print(b, memoryview(b).tolist())

# A view of an array slice is a view of the new array, not of the original.
c = array.array("B", [1, 2, 3])
s = memoryview(c[1:])
s[0] = 0
print(c, s.tolist())
