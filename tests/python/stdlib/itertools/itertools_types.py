# Every itertools iterator is an object of its own type, named as CPython's C types, and the
# type itself is what the module exports (so isinstance works on it).
import itertools as it

objects = {
    "count": it.count(), "repeat": it.repeat(1), "cycle": it.cycle("a"), "chain": it.chain(),
    "islice": it.islice("a", 1), "accumulate": it.accumulate([]), "compress": it.compress("", ""),
    "dropwhile": it.dropwhile(bool, ""), "takewhile": it.takewhile(bool, ""),
    "filterfalse": it.filterfalse(None, ""), "starmap": it.starmap(pow, []),
    "zip_longest": it.zip_longest(), "pairwise": it.pairwise(""), "product": it.product(),
    "permutations": it.permutations(""), "combinations": it.combinations("", 0),
    "combinations_with_replacement": it.combinations_with_replacement("", 0),
    "groupby": it.groupby(""),
}
for name, obj in objects.items():
    cls = getattr(it, name)
    print(f"{name:30} {type(obj)!s:45} {isinstance(obj, cls)} {iter(obj) is obj}")

print(type(it.tee("ab")[0]))
print(it.takewhile.__name__, it.takewhile.__module__, it.pairwise.__qualname__)
print(list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(it.filterfalse(None, [0, 1, "", "a"])), list(it.compress("abcdef", [1, 0, 1])))
print(list(it.starmap(divmod, [(7, 2), [9, 4]])), list(it.pairwise("abcd")))
try:
    list(it.starmap(pow, [1]))
except TypeError as e:
    print(type(e).__name__, e)
t = it.takewhile(lambda x: x < 2, iter([1, 5, 1]))
print(list(t), list(t))
src = iter([1, 2, 10, 3])
print(list(it.takewhile(lambda x: x < 5, src)), list(src))
