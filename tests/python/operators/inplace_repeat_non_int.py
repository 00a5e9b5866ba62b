# seq *= x for a count that is not an integer: the count's __rmul__ gets its turn first, then
# CPython's "can't multiply sequence" message; a count too big for an index is an OverflowError.
import array
import collections


class Count:
    def __index__(self):
        return 2


class Doubler:
    def __rmul__(self, other):
        return "Doubler.__rmul__(%r)" % (other,)


makers = [
    ("list", lambda: [1, 2]),
    ("bytearray", lambda: bytearray(b"ab")),
    ("deque", lambda: collections.deque([1, 2])),
    ("array", lambda: array.array("i", [1, 2])),
]
for name, make in makers:
    for count in [Count(), Doubler(), 2.0, "x", None, 2 ** 100, -1]:
        x = make()
        try:
            x *= count
            print(name, type(count).__name__, "->", x)
        except (TypeError, OverflowError) as e:
            print(name, type(count).__name__, type(e).__name__, e)

for seq in [collections.deque([1]), [1], (1,)]:
    for count in ["x", 1.5]:
        try:
            print(seq * count)
        except TypeError as e:
            print(type(seq).__name__, "*", type(count).__name__, e)
        try:
            print(count * seq)
        except TypeError as e:
            print(type(count).__name__, "*", type(seq).__name__, e)

d = collections.deque([1, 2, 3], maxlen=4)
d *= 10 ** 12
print(d)
