# for a, b in enumerate(...) / zip(x, y) / d.items(): the pairs unpacked into two targets, with
# every edge those iterators have (starts, strictness, mutation, subclasses, odd targets).
import sys

words = ["alpha", "beta", "gamma"]
for i, w in enumerate(words):
    print(i, w)
for i, w in enumerate(words, start=-2):
    print(i, w)
for i, w in enumerate(words, sys.maxsize - 1):
    print(i, w)
for i, w in enumerate(words, 10**20):
    print(i, w)
for i, w in enumerate(""):
    print("never")
else:
    print("empty enumerate, else runs")

for a, b in zip(range(5), "xyz"):
    print(a, b)
for a, b in zip([], [1]):
    print("never")
try:
    for a, b in zip([1, 2, 3], [4, 5], strict=True):
        print(a, b)
except ValueError as e:
    print("ValueError:", e)
try:
    for a, b in zip([1], [4, 5], strict=True):
        print(a, b)
except ValueError as e:
    print("ValueError:", e)
for a, b in zip([1, 2], [3, 4], strict=True):
    print("strict", a, b)

d = {"one": 1, "two": 2, "three": 3}
for k, v in d.items():
    print(k, v)
for k, v in reversed(d.items()):
    print("reversed", k, v)
try:
    for k, v in d.items():
        d[k + "!"] = v
except RuntimeError as e:
    print("RuntimeError:", e)

# Targets that are not plain names: attributes, subscripts, nested tuples.
class Box:
    pass

box = Box()
cells = [None, None]
for box.index, cells[0] in enumerate("pq"):
    print(box.index, cells)
for (x, y), z in zip([(1, 2), (3, 4)], "ab"):
    print(x, y, z)
for k, (p, q) in {"a": (1, 2)}.items():
    print(k, p, q)

# A subclass of enumerate may override __next__: its items are what it says.
class Loud(enumerate):
    def __next__(self):
        i, v = super().__next__()
        return (i * 100, v.upper())

for i, w in Loud(words):
    print(i, w)

# Three targets from zip of three, and a single target keeps the tuples.
for a, b, c in zip("ab", "cd", "ef"):
    print(a + b + c)
for t in enumerate("xy"):
    print(t)

# Iterator errors and unpacking errors keep CPython's messages.
def broken():
    yield 1
    raise KeyError("inner")

try:
    for i, v in enumerate(broken()):
        print(i, v)
except KeyError as e:
    print("KeyError:", e)
try:
    for a, b in zip([1], [2]) if False else enumerate([(1, 2, 3)]):
        print(a, b)
except ValueError as e:
    print("ValueError:", e)
try:
    for a, b in [(1, 2, 3)]:
        pass
except ValueError as e:
    print("ValueError:", e)

# break/continue/return inside the loop, and the else clause.
def first_long(items):
    for i, w in enumerate(items):
        if len(w) < 5:
            continue
        return i, w
    else:
        return None

print(first_long(words), first_long(["a", "b"]))
for i, w in enumerate(words):
    if i == 1:
        break
else:
    print("not printed")
print("last", i, w)

# The iterator is shared: the loop consumes it, a later next() continues.
it = enumerate("abcd")
for i, c in it:
    if c == "b":
        break
print(next(it), list(it))

# The same loops inside generators and comprehensions, suspended between pairs.
def pairs_of(mapping):
    for k, v in mapping.items():
        yield k
        yield v
    for i, (k, v) in enumerate(mapping.items(), 1):
        yield f"{i}:{k}={v}"


g = pairs_of({"a": 1, "b": 2})
print(next(g), next(g), list(g))
print({k: v * 2 for k, v in d.items()}, [i * w for i, w in enumerate("abc")])
print(list(f"{a}{b}" for a, b in zip("xy", "uv")), sum(i for i, _ in enumerate(range(10))))
try:
    list(k for k, v in d.items() if d.setdefault("new", 0) is None)
except RuntimeError as e:
    print("RuntimeError:", e)
