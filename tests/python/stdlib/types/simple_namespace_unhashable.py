# types.SimpleNamespace compares by its attributes, so like any class with __eq__ and no
# __hash__ it is unhashable: it cannot be a dict key or a set member.
import collections.abc
import types

ns = types.SimpleNamespace(x=1, y=2)
print(types.SimpleNamespace.__hash__)
print(isinstance(ns, collections.abc.Hashable))
for action in (lambda: hash(ns), lambda: {ns: 1}, lambda: {ns}):
    try:
        action()
    except TypeError as e:
        print("TypeError:", e)
print(ns == types.SimpleNamespace(y=2, x=1), ns != types.SimpleNamespace(x=1))


class Point(types.SimpleNamespace):
    def __hash__(self):
        return hash((self.x, self.y))


print(len({Point(x=1, y=2), Point(x=1, y=2)}))
