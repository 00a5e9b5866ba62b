from string import Template, ascii_letters, digits, punctuation, capwords, Formatter
import string
import operator as op

t = Template("$who likes $what, ${who}'s friend pays $$5")
print(t.substitute(who="Tim", what="kung pao"))
print(t.safe_substitute(who="Tim"))
print(t.substitute({"who": "Ann", "what": "tea"}, what="coffee"))
try:
    t.substitute(who="x")
except KeyError as e:
    print(type(e).__name__, e)
try:
    Template("bad $ sign").substitute()
except ValueError as e:
    print(type(e).__name__, e)
print(Template("bad $ sign $x").safe_substitute(x=1))
print(t.get_identifiers(), t.is_valid(), Template("$").is_valid(), t.template)
class Pct(Template):
    delimiter = "%"
print(Pct("%name is %{age}").substitute(name="Bo", age=3))
print(capwords("hello   world-wide web"), capwords("a-b c", "-"))
print(string.ascii_lowercase, string.hexdigits, string.octdigits, repr(string.whitespace), len(string.printable))
print(list(Formatter().parse("a{0}b{x!r:>5}c{{d}}")))
print(Formatter().format("{0}-{name}", 1, name="n"), Formatter().vformat("{a}", (), {"a": 5}))
rows = [("ann", 30, {"k": 2}), ("bob", 25, {"k": 1}), ("cid", 35, {"k": 3})]
print(sorted(rows, key=op.itemgetter(1)), op.itemgetter(0, 1)(rows[0]), op.itemgetter(slice(1, None))(rows[0]))
print(list(map(op.itemgetter(2), rows)), op.itemgetter("k")({"k": 9}))
class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y
        self.inner = self if x == 0 else None
    def dist(self, scale=1):
        return (self.x ** 2 + self.y ** 2) * scale
pts = [Pt(3, 4), Pt(1, 1), Pt(0, 2)]
print([p.x for p in sorted(pts, key=op.attrgetter("x"))], op.attrgetter("x", "y")(pts[0]), op.attrgetter("inner.x")(pts[2]))
print(list(map(op.methodcaller("dist"), pts)), op.methodcaller("dist", scale=10)(pts[0]), op.methodcaller("upper")("abc"))
print(repr(op.itemgetter(1)), repr(op.attrgetter("a.b")), repr(op.methodcaller("m", 1, k=2)))
print(op.add(1, 2), op.mul("ab", 3), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 10), op.neg(5))
print(op.eq(1, 1.0), op.lt("a", "b"), op.not_(0), op.truth([]), op.is_(None, None), op.contains([1, 2], 2))
print(op.concat([1], [2]), op.getitem("abc", 1), op.countOf([1, 2, 1], 1), op.indexOf("abc", "c"), op.index(5))
l = [1, 2, 3]
op.setitem(l, 0, 9); op.delitem(l, 1)
print(l, op.iadd([1], [2]), op.and_(6, 3), op.or_(6, 3), op.xor(6, 3), op.invert(0), op.lshift(1, 4), op.abs(-2))
print(op.length_hint([1, 2, 3]), op.length_hint(iter([]), 7), op.matmul.__name__)
try:
    op.itemgetter(5)([1])
except IndexError as e:
    print(type(e).__name__, e)
try:
    op.attrgetter("nope")(pts[0])
except AttributeError as e:
    print(type(e).__name__, e)
from functools import reduce
print(reduce(op.mul, range(1, 6)), reduce(op.add, ["a", "b", "c"], ">"))
