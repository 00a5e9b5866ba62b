# Where CPython wants an index it takes any int (bool, subclasses) by value,
# without calling a subclass's own __index__; and ** unpacking of a dict
# subclass that keeps dict's iteration reads its storage, not its __getitem__.
import operator


class Seven(int):
    def __index__(self):
        return 7


two = Seven(2)
print(operator.index(two), type(operator.index(two)).__name__)
print(operator.index(True), type(operator.index(True)).__name__)
print(hex(two), oct(two), bin(two), range(two), "abcdefgh"[two:Seven(4)], [0] * two)
print(bytes(two), chr(Seven(65)), two.to_bytes(Seven(1), "big"), "%x" % Seven(255))
print([10, 20, 30][True], "xyz"[False:True])


class Loud(dict):
    def __getitem__(self, key):
        return "from __getitem__"


class OwnKeys(dict):
    def __getitem__(self, key):
        return "from __getitem__"

    def __iter__(self):
        return iter(["a"])

    def keys(self):
        return ["a"]


def show(**kwargs):
    return kwargs


for cls in (Loud, OwnKeys):
    m = cls(a=1)
    print(cls.__name__, show(**m), {**m}, dict(m), dict(**m), {"z": 0, **m})
    d = {}
    d.update(m)
    print(cls.__name__, d, m | {}, {} | m, m.copy(), type(m.copy()).__name__)
