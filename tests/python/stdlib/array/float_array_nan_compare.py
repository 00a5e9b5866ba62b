# Arrays of floats compare item by item, each item read afresh, so a NaN equals nothing (not even
# the same array's own NaN); integer arrays compare as before.
from array import array

nan = float("nan")
a = array("d", [1.0, nan])
b = array("d", [1.0, nan])
for x, y, label in ((a, a, "a vs a"), (a, b, "a vs b")):
    print(label, x == y, x != y, x < y, x <= y, x > y, x >= y)
c = array("f", [1.0, 2.0])
d = array("i", [1, 3])
print(c < d, c == array("d", [1.0, 2.0]), c != d, d > c)
print(array("d", [1.0]) < array("d", [1.0, 0.0]), array("d", []) == array("f", []))
print(array("i", [1, 2]) == array("I", [1, 2]), array("b", [5]) >= array("h", [5]))
