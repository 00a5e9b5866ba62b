import operator
from operator import itemgetter, attrgetter, methodcaller

ig = itemgetter(1)
ig2 = itemgetter(0, 2)
igk = itemgetter("name")
print(repr(ig), repr(ig2), repr(igk))
print(ig("abc"), ig2("abc"), igk({"name": "x"}))
print(repr(itemgetter(slice(1, 3))), itemgetter(slice(1, 3))([1, 2, 3, 4]))

ag = attrgetter("real")
ag2 = attrgetter("real", "imag")
agd = attrgetter("__class__.__name__")
print(repr(ag), repr(ag2), repr(agd))
print(ag(3 + 4j), ag2(3 + 4j), agd(3))

mc = methodcaller("split", ",", 1)
mc2 = methodcaller("replace", "a", "b")
mc3 = methodcaller("format", name="x", n=1)
mc4 = methodcaller("upper")
print(repr(mc), repr(mc2), repr(mc3), repr(mc4))
print(mc("a,b,c"), mc2("banana"), methodcaller("format", name="X")("<{name}>"), mc4("q"))

class P:
    def __init__(self, name, age):
        self.name = name
        self.age = age
        self.addr = type("A", (), {"city": name[::-1]})()
    def __repr__(self):
        return f"P({self.name})"

people = [P("zed", 30), P("amy", 25), P("bob", 30)]
print(sorted(people, key=attrgetter("age", "name")))
print(sorted(people, key=attrgetter("addr.city")))
print(list(map(attrgetter("name"), people)))
rows = [(1, "b", 3.0), (2, "a", 1.5), (0, "c", 2.2)]
print(sorted(rows, key=itemgetter(2)))
print(sorted(rows, key=itemgetter(1, 0)))
print(max(rows, key=itemgetter(0)))

try:
    itemgetter(5)("abc")
except IndexError as e:
    print(type(e).__name__, e)
try:
    attrgetter("nope")(1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    attrgetter(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    methodcaller()
except TypeError as e:
    print(type(e).__name__, e)
try:
    itemgetter()
except TypeError as e:
    print(type(e).__name__, e)

print(operator.add(2, 3), operator.sub(2, 3), operator.truediv(7, 2), operator.floordiv(7, 2))
print(operator.neg(5), operator.pos(-5), operator.invert(5), operator.not_(0), operator.truth([]))
print(operator.is_(None, None), operator.is_not(1, None), operator.contains([1, 2], 2))
print(operator.countOf([1, 2, 1, 1], 1), operator.indexOf("hello", "l"))
print(operator.getitem({"a": 1}, "a"), operator.concat([1], [2]), operator.lshift(1, 10))
print(operator.index(7), operator.abs(-3.5), operator.mod(-7, 3), operator.pow(2, -1))
print(operator.length_hint([1, 2, 3]), operator.length_hint(iter(range(10))), operator.length_hint(object(), 42))
lst = [1, 2, 3, 4]
operator.setitem(lst, 0, 10)
operator.delitem(lst, slice(1, 3))
print(lst)
x = [1]
y = operator.iadd(x, [2])
print(x, y, x is y)
s = "ab"
print(operator.iadd(s, "c"), s)
print(operator.lt(1, 2), operator.ge("a", "b"), operator.eq([1], [1]), operator.ne(1, 1.0))
print(operator.matmul.__name__, operator.__add__ is operator.add)
try:
    operator.indexOf([1, 2], 5)
except ValueError as e:
    print(type(e).__name__, e)
try:
    operator.index(1.5)
except TypeError as e:
    print(type(e).__name__, e)
print(operator.itemgetter(-1)([1, 2, 3]), operator.xor(0b1100, 0b1010), operator.and_(12, 10), operator.or_(12, 10))
