# sys.getsizeof of iterators, views, descriptors and other fixed-size built-in objects: CPython's
# basic size plus the collector's 16-byte header for tracked ones (e.g. an iterator over a huge
# list is 48 bytes, however long the list). Bytearrays count their buffer and its trailing NUL.
import itertools
import sys

big = list(range(10000))
objects = {
    "iter(list)": iter(big), "reversed(list)": reversed(big), "iter(tuple)": iter(tuple(big)),
    "iter(str)": iter("text"), "iter(dict)": iter({1: 2}), "dict.values()": {1: 2}.values(),
    "iter(dict.items())": iter({1: 2}.items()), "iter(set)": iter({1}), "iter(range)": iter(range(10)),
    "iter(bytes)": iter(b"ab"), "map": map(str, big), "filter": filter(None, big), "zip": zip(big, big),
    "enumerate": enumerate(big), "slice": slice(1, 2), "module": sys, "builtin": len,
    "bound builtin": big.append, "property": property(), "classmethod": classmethod(len),
    "memoryview": memoryview(b"abc"), "islice": itertools.islice(big, 3), "cycle": itertools.cycle(big),
    "starmap": itertools.starmap(pow, []), "pairwise": itertools.pairwise(big),
}
for name, obj in objects.items():
    print(f"{name:20} {type(obj).__name__:24} {sys.getsizeof(obj)}")

for b in (bytearray(), bytearray(b"a"), bytearray(5), bytearray(b"abcdef")):
    print(repr(b), sys.getsizeof(b), b.__alloc__())
print(sys.getsizeof(big) > 80000, sys.getsizeof(iter(big)) < 100)
