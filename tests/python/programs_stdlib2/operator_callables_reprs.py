import operator
from operator import itemgetter, attrgetter, methodcaller


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.meta = type("Meta", (), {"tag": "t%d" % x})()

    def dist(self, scale=1):
        return (self.x ** 2 + self.y ** 2) * scale

    def __repr__(self):
        return "P(%d,%d)" % (self.x, self.y)


ig = itemgetter(1)
ig2 = itemgetter(0, 2)
ag = attrgetter("x")
ag2 = attrgetter("x", "meta.tag")
mc = methodcaller("dist")
mc2 = methodcaller("dist", scale=10)
mc3 = methodcaller("split", ",", 1)
for f in (ig, ig2, ag, ag2, mc, mc2, mc3, itemgetter("k"), attrgetter("a.b.c")):
    print(repr(f))
print(ig([4, 5, 6]), ig2("abc"), ig({1: "one"}), itemgetter(slice(1, 3))("hello"))
pts = [Point(3, 4), Point(1, 1), Point(2, 0)]
print(sorted(pts, key=ag), sorted(pts, key=mc), [ag2(p) for p in pts], [mc2(p) for p in pts])
print(mc3("a,b,c"))
rows = [("bob", 25, "NY"), ("amy", 31, "LA"), ("cal", 25, "SF")]
print(sorted(rows, key=itemgetter(1, 0)), max(rows, key=itemgetter(1)))
print(list(map(operator.mul, [1, 2, 3], [4, 5, 6])), operator.add("a", "b"), operator.concat([1], [2]))
print(operator.truediv(7, 2), operator.floordiv(7, 2), operator.mod(-7, 3), operator.pow(2, 10), operator.neg(5), operator.pos(-1))
print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10), operator.invert(5), operator.lshift(1, 4), operator.rshift(256, 2))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq("a", "a"), operator.ne(1, 1), operator.ge(1, 2), operator.gt(3, 2))
print(operator.not_(0), operator.truth([]), operator.is_(None, None), operator.is_not(1, None), operator.contains([1, 2], 2))
print(operator.countOf([1, 2, 1, 1], 1), operator.indexOf("hello", "l"), operator.index(7), operator.abs(-3.5))
lst = [1, 2, 3]
operator.setitem(lst, 0, 9)
operator.delitem(lst, 1)
print(lst, operator.getitem(lst, -1), operator.length_hint(iter(range(5))), operator.length_hint(object(), 42))
x = [1]
print(operator.iadd(x, [2]), x, operator.iconcat(x, [3]), operator.imul("ab", 2))
print(operator.matmul.__name__, operator.__add__(1, 2), operator.itemgetter(-1)("xyz"))
for bad in (lambda: itemgetter(5)([1]), lambda: attrgetter("zz")(pts[0]), lambda: methodcaller(5),
            lambda: itemgetter(), lambda: attrgetter(1), lambda: operator.index(1.5), lambda: operator.indexOf([1], 2),
            lambda: itemgetter("a")({"b": 1}), lambda: methodcaller("nope")(1)):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
