# A built-in sequence on the left of + or += (str, bytes, bytearray, list, tuple, deque) lets the
# right operand's __radd__ answer first, as CPython's PyNumber_Add tries nb_add slots before sq_concat.
class T:
    def __radd__(s, o): return "R+" + type(o).__name__
    def __rmul__(s, o): return "R*" + type(o).__name__
from collections import deque
for left in ("a", [1], (1,), b"b", bytearray(b"x"), deque([1])):
    for op in ("+", "*"):
        try:
            print(type(left).__name__, op, eval("left " + op + " T()"))
        except TypeError as e:
            print(type(left).__name__, op, "TypeError", e)
for left in ("a", [1], (1,), b"b"):
    try:
        left + 1
    except TypeError as e:
        print("err", e)
    try:
        left * 1.5
    except TypeError as e:
        print("err", e)
class T2:
    def __radd__(s,o): return "R"
    def __iter__(s): return iter([9])
l=[1]; l+=T2(); print(l)
s="a"; s+=T2(); print(s)
t=(1,); t+=T2(); print(t)
class U:
    def __radd__(s,o): return NotImplemented
    def __iter__(s): return iter([7])
try:
    [1]+U()
except TypeError as e: print(e)
l=[1]; l+=U(); print(l)
class L(list):
    def __add__(self, o): return "L.add"
print(L([1]) + T2(), [1] + [2], "a" + "b", (1,) + (2,), b"x" + bytearray(b"y"), bytearray(b"x") + b"y")
for a, b in (("a", 1), ([1], (2,)), ((1,), [2]), (b"x", "y"), ("x", b"y"), ([1], 5), ("a", 2.5)):
    try:
        a + b
    except TypeError as e:
        print(type(a).__name__, "+", type(b).__name__, "->", e)
from collections import deque
d = deque([1]); d += T2(); print(d)
d = deque([1]); d += U(); print(d)
ba = bytearray(b"x"); ba += T2(); print(ba)
