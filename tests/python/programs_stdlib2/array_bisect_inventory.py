import array
import bisect

readings = array.array("d")
for i in range(12):
    readings.append(round((i * 37 % 11) * 1.5 - 3, 2))
print(readings)
print(min(readings), max(readings), sum(readings) / len(readings))
sorted_readings = array.array("d", sorted(readings))
print(sorted_readings.tolist())
for threshold in (-3.0, 0.0, 4.5, 100):
    idx = bisect.bisect_left(sorted_readings, threshold)
    print(threshold, idx, len(sorted_readings) - idx)
ids = array.array("L", [105, 101, 110, 103])
ids = array.array("L", sorted(ids))
for new in (102, 111, 100):
    bisect.insort(ids, new)
print(ids, ids.index(110), 104 in ids)
counts = array.array("h", [0] * 5)
for v in [1, 3, 3, 4, 1, 1]:
    counts[v] += 1
print(counts, counts.tolist(), counts.count(0))
b = array.array("B", b"hello")
b[0] = ord("j")
print(b.tobytes(), bytes(b), b[1:3].tobytes(), b[::-1].tobytes())
b.extend(b" world")
b.frombytes(b"!")
print(b.tobytes().decode(), len(b), b.buffer_info()[1])
ints = array.array("i", range(10))
ints[2:5] = array.array("i")
print(ints)
ints[::3] = array.array("i", [-1, -1, -1])
print(ints)
try:
    ints[::2] = array.array("i", [0])
except ValueError as e:
    print("ValueError", e)
try:
    ints[0] = 2 ** 40
except OverflowError as e:
    print("OverflowError", e)
try:
    ints.append("x")
except TypeError as e:
    print("TypeError", e)
print(array.array("i", [3, 1, 2]) * 0, array.array("d") + array.array("d"), repr(array.array("f")))
print(array.array("b", [1, 2]) != array.array("b", [1, 2]), sorted(array.array("i", [5, -2, 9])))
import copy
orig = array.array("i", [1, 2])
cp = copy.copy(orig)
cp[0] = 9
print(orig, cp)
u = array.array("u", "abc")
u.fromunicode("def")
print(u, u.tounicode(), u.itemsize)
