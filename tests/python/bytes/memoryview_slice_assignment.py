# Slice assignment: the right side must have the same format and shape as the slice.
def attempt(f):
    try:
        f()
        print("ok", bytes(ba))
    except Exception as e:
        print(type(e).__name__, e)

ba = bytearray(b"abcdefgh")
m = memoryview(ba)

def put(key, value):
    m[key] = value

attempt(lambda: put(slice(0, 2), b"XY"))
attempt(lambda: put(slice(0, 4, 2), bytearray(b"12")))
attempt(lambda: put(slice(None, None, -1), b"hgfedcba"))
attempt(lambda: put(slice(6, None), memoryview(b"__")))
attempt(lambda: put(slice(2, 4), memoryview(b"abcd")[::2]))
attempt(lambda: put(slice(0, 2), b"XYZ"))
attempt(lambda: put(slice(0, 2), b""))
attempt(lambda: put(slice(0, 2), [1, 2]))
attempt(lambda: put(slice(0, 2), "ab"))
attempt(lambda: put(slice(0, 2), memoryview(b"abcd").cast("h")))
attempt(lambda: put(slice(0, 4), memoryview(b"abcd").cast("B", (2, 2))))
attempt(lambda: put(slice(0, 0), b""))
attempt(lambda: put(..., b"x"))

# Overlapping source and destination in one buffer: the source is read first.
ba[:] = b"01234567"
m[1:] = m[:-1]
print(bytes(ba))
m[:-1] = m[1:]
print(bytes(ba))

# Typed views: equal formats only ('@h' and 'h' are the same).
h = memoryview(bytearray(8)).cast("h")
import array
h[0:2] = array.array("h", [-1, 2])
h[2:] = memoryview(bytearray(4)).cast("@h")
print(h.tolist())
for src in (b"abcd", array.array("H", [1, 2]), array.array("h", [1, 2, 3])):
    try:
        h[0:2] = src
    except ValueError as e:
        print(type(src).__name__, e)

# Multi-dimensional views: items by tuple, no slice assignment, no sub-views.
x = memoryview(bytearray(6)).cast("B", (2, 3))
x[1, 2] = 9
x[-2, -1] = 4
print(x.tolist())
for key, value in (((0,), 1), (0, 1), (slice(0, 1), b"abc"), ((slice(0, 1), slice(0, 1)), b"a"), ((0, 0, 0), 1), ((2, 0), 1), ((0, 3), 1)):
    try:
        x[key] = value
    except Exception as e:
        print(type(e).__name__, e)

# Deleting is never allowed.
for target in (m, memoryview(b"ab")):
    try:
        del target[0]
    except TypeError as e:
        print(e)
try:
    del m[0:1]
except TypeError as e:
    print(e)
