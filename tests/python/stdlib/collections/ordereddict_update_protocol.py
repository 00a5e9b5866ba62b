# OrderedDict's constructor and update() follow CPython's odict (mutablemapping_update): every
# item goes through self[key] = value (so a subclass's __setitem__ sees it), keys() is preferred
# over items(), and a bad pair fails the way unpacking does.
from collections import OrderedDict


class Logged(OrderedDict):
    def __setitem__(self, key, value):
        print("  set", key, value)
        super().__setitem__(key, value)


print(Logged([("a", 1), ("b", 2)], c=3))


class KeysOnly:
    def keys(self):
        return ["x", "y"]

    def __getitem__(self, key):
        return key * 2


class ItemsOnly:
    def items(self):
        return [("i", 1), ("j", 2)]


print(OrderedDict(KeysOnly()), OrderedDict(ItemsOnly()), OrderedDict({"z": 1}, y=2))
print(OrderedDict([("a", 1)], a=2), OrderedDict(self=3, other=4), OrderedDict(iter([("k", "v")])))
od = OrderedDict()
od.update(self=1)
od.update([("p", 1)], q=2)
od.update(KeysOnly())
print(od)

for bad in ([1], [(1, 2, 3)], [[1]], ["ab"], [()], 5, [None], [iter([1])]):
    for what, call in (("init", lambda: OrderedDict(bad)), ("update", lambda: OrderedDict().update(bad))):
        try:
            print(what, call())
        except (TypeError, ValueError) as exc:
            print(what, repr(bad)[:12], type(exc).__name__, exc)
for call in (lambda: OrderedDict(1, 2), lambda: OrderedDict().update({}, {})):
    try:
        call()
    except TypeError as exc:
        print("TypeError", exc)
partial = OrderedDict()
try:
    partial.update([("ok", 1), ("bad",)])
except ValueError as exc:
    print(partial, exc)
