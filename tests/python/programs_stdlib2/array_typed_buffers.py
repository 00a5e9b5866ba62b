import array

a = array.array("i", [1, 2, 3])
print(a, repr(a), a.typecode, a.itemsize, len(a))
a.append(4)
a.extend([5, 6])
a.insert(0, 0)
print(a, a[2], a[-1], a[1:4], a.index(3), a.count(2))
a.remove(0)
print(a.pop(), a.pop(0), a)
a.reverse()
print(a, a.tolist(), list(reversed(a)))
a[1:3] = array.array("i", [9, 9, 9])
print(a)
del a[::2]
print(a)
b = array.array("d", [1.5, 2.25])
print(b, b * 2, b + array.array("d", [3.0]), 2.25 in b)
print(array.array("u", "héllo"), array.array("u", "hi").tounicode())
print(array.array("b", b"\x01\xff"), array.array("B", b"\x01\xff"))
c = array.array("H", [1, 256, 65535])
raw = c.tobytes()
print(raw)
c.byteswap()
print(c)
d = array.array("H")
d.frombytes(raw)
print(d, d.buffer_info()[1])
e = array.array("l", range(5))
e.fromlist([10, 20])
print(e, sum(e), max(e), sorted(e, reverse=True))
print(array.array("f", [0.1]), array.array("q", [2**40]), array.array("Q", [2**64 - 1]))
print(array.array("i") == array.array("i"), array.array("i", [1]) < array.array("i", [2]),
      array.array("i", [1, 2]) == array.array("d", [1.0, 2.0]))
print(array.typecodes)
m = memoryview(array.array("i", [7, 8, 9]))
print(m.format, m.itemsize, m.tolist(), m[1])
for bad in (lambda: array.array("b", [200]), lambda: array.array("B", [-1]),
            lambda: array.array("z"), lambda: array.array("i", [1.5]),
            lambda: array.array("i", [1]).index(7), lambda: array.array("i").pop(),
            lambda: array.array("i", "abc"), lambda: array.array("i", [1]) + array.array("d", [1.0]),
            lambda: array.array("u", [1]), lambda: array.array("H").frombytes(b"abc"),
            lambda: array.array("i", [1])[5]):
    try:
        print(bad())
    except Exception as ex:
        print(type(ex).__name__, ex)
