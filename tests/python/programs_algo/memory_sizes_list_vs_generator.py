# The tutorial comparison of memory use: sys.getsizeof of lists built in different ways, dicts,
# strings, numbers and objects with and without __slots__ (CPython 3.11's 64-bit sizes).
import sys
from collections import deque

squares_list = [i * i for i in range(10000)]
print("list comprehension:", sys.getsizeof(squares_list), "bytes")
appended = []
for i in range(1000):
    appended.append(i)
    if i in (0, 3, 4, 7, 8, 15, 16, 24, 99, 999):
        print(f"  after {i + 1:>4} appends: {sys.getsizeof(appended)}")
print("list(range(1000)):", sys.getsizeof(list(range(1000))), "[0]*1000:", sys.getsizeof([0] * 1000))
print("empty list:", sys.getsizeof([]), "empty tuple:", sys.getsizeof(()), "tuple of 10:", sys.getsizeof(tuple(range(10))))
for n in (0, 1, 5, 6, 10, 11, 21, 22, 100, 1000):
    print(f"dict with {n:>4} int keys: {sys.getsizeof(dict.fromkeys(range(n))):>6}   str keys: {sys.getsizeof({str(k): k for k in range(n)}):>6}")
print("dict literal:", sys.getsizeof({}), sys.getsizeof({"a": 1}), sys.getsizeof({1: "a"}))
for s in ["", "a", "hello world", "é", "naïve", "€uro", "😀", "x" * 1000]:
    print(f"str {s[:12]!r:>16}: {sys.getsizeof(s)}")
for n in [0, 1, 255, 2 ** 30 - 1, 2 ** 30, 2 ** 62, 2 ** 64, 10 ** 100, -(2 ** 40), True]:
    print(f"int with {n.bit_length():>3} bits: {sys.getsizeof(n)}")
print("float:", sys.getsizeof(3.14), "complex:", sys.getsizeof(1 + 2j), "None:", sys.getsizeof(None))
print("range:", sys.getsizeof(range(10 ** 9)), "bytes:", sys.getsizeof(b"abc"), sys.getsizeof(b""))
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
class SlotPoint:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
class Empty:
    __slots__ = ()
print("object:", sys.getsizeof(object()), "Point:", sys.getsizeof(Point(1, 2)), "SlotPoint:", sys.getsizeof(SlotPoint(1, 2)), "Empty:", sys.getsizeof(Empty()))
print("function:", sys.getsizeof(lambda: 0))
for n in (0, 1, 63, 64, 100, 1000):
    print(f"deque of {n}: {sys.getsizeof(deque(range(n)))}")
print(sys.getsizeof(5, "dflt"), sys.getsizeof(set()), sys.getsizeof({1, 2, 3}), sys.getsizeof(frozenset(range(10))))
