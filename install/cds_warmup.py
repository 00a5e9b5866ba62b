"""Warm-up program for install.sh's class-data-sharing archive (never run by users).

The JVM archives every class loaded while this runs, so typical programs start without loading,
verifying and spinning them again: keep it quick, deterministic, and touching the common kinds
of Python code (classes, generators, comprehensions, str/dict/set/list methods, formatting,
exceptions, the sys/math/time modules). It prints nothing.
"""
import math
import sys
import time


class Base:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Base(%r, %r)" % (self.x, self.y)

    def __eq__(self, other):
        return isinstance(other, Base) and (self.x, self.y) == (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))


class Node(Base):
    def __init__(self, x, y, children=None):
        super().__init__(x, y)

    @property
    def norm(self):
        return math.sqrt(self.x * self.x + self.y * self.y)

    @staticmethod
    def make(n):
        return [Node(i, i * 0.5) for i in range(n)]

    @classmethod
    def named(cls, name):
        return cls(len(name), 1.0)


class Plain:
    count = 0

    def __init__(self):
        self.items = []
        Plain.count += 1

    def add(self, item):
        self.items.append(item)
        return self


def gen(n):
    for i in range(n):
        yield i * i


def delegate(n):
    yield from gen(n)
    return "done"


def averager():
    total = 0.0
    count = 0
    while True:
        value = yield (total / count if count else None)
        total += value
        count += 1


def work():
    nodes = Node.make(50)
    total = sum(n.norm for n in nodes) + Node.named("abc").norm
    seen = {Base(1, 2), Base(1, 2), Base(2, 1)}
    p = Plain().add(1).add("two").add(3.0)
    words = "the quick brown fox jumps over the lazy dog".split()
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    text = " ".join(sorted(counts, key=lambda k: (-counts[k], k)))
    text = text.upper().lower().replace("the", "a").strip().title()
    parts = [f"{w!r:>8}|{len(w):03d}|{i / 3:.2f}" for i, w in enumerate(words)]
    parts.append("%s %d %5.2f %x" % ("a", 1, 2.5, 255))
    parts.append("{} {:>4} {name}".format(1, 2, name="n"))
    d = dict(zip(words, range(len(words))))
    s = set(words) | {"x"} & {"x", "y"} - {"z"}
    lst = list(reversed(sorted(d.values())))[1:5] + [max(d.values()), min(d.values())]
    t = tuple(map(str, filter(None, lst)))
    a, *rest = t
    g = delegate(10)
    squares = list(g)
    avg = averager()
    next(avg)
    for v in (1.0, 2.0, 3.0):
        avg.send(v)
    big = 2 ** 100 // 3 % 1000003 + int("42") + round(2.5) + abs(-3) + divmod(17, 5)[1]
    try:
        {}["missing"]
    except KeyError:
        pass
    try:
        raise ValueError("x")
    except (TypeError, ValueError) as e:
        str(e)
    finally:
        pass
    with open(sys.argv[0]) as f:
        f.readline()
    while big > 10:
        big >>= 3
    return (total, len(seen), p.items, text, parts, s, a, rest, squares, big, repr(nodes[1]),
            math.floor(math.sin(1.0) * 100), time.perf_counter() > 0, isinstance(p, Plain))


for _ in range(3):
    work()
