from operator import itemgetter, attrgetter, methodcaller

employees = [("alice", "eng", 120), ("bob", "ops", 95), ("carol", "eng", 120), ("dave", "ops", 110),
             ("erin", "eng", 99), ("frank", "hr", 95)]
print(sorted(employees, key=itemgetter(2)))
print(sorted(employees, key=itemgetter(1, 2)))
print(sorted(employees, key=lambda e: (-e[2], e[0])))
by_salary = sorted(employees, key=itemgetter(2), reverse=True)
print(sorted(by_salary, key=itemgetter(1)))
s = sorted(employees, key=itemgetter(0), reverse=True)
s.sort(key=itemgetter(1))
print(s)
print(sorted(["b", "A", "c", "B", "a"]), sorted(["b", "A", "c", "B", "a"], key=str.lower), sorted(["b", "A", "c", "B", "a"], key=str.casefold, reverse=True))
print(sorted([3, 1, 2], reverse=True), sorted("hello"), sorted({3: "x", 1: "y"}), sorted((1, 2), key=None))
class Emp:
    def __init__(self, name, age):
        self.name, self.age = name, age
    def __repr__(self):
        return f"Emp({self.name!r}, {self.age})"
es = [Emp("x", 30), Emp("y", 25), Emp("z", 30)]
print(sorted(es, key=attrgetter("age")), sorted(es, key=attrgetter("age", "name"), reverse=True))
print(sorted(["  b", "a  ", " c"], key=methodcaller("strip")))
print(itemgetter(1)("abc"), itemgetter(0, 2)("abc"), attrgetter("real")(3), methodcaller("split", ",")("a,b"))
print(repr(itemgetter(1)), repr(attrgetter("a.b")), repr(methodcaller("f", 1, k=2)))
try:
    sorted([1, "a", 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([{"a": 1}, {"a": 2}])
except TypeError as e:
    print(type(e).__name__, e)
try:
    [3, None, 1].sort()
except TypeError as e:
    print(type(e).__name__, e)
print(sorted([(1, "b"), (1, "a"), (0, "z")]), sorted([[2], [1, 5], [1]]), min([], default="empty"), max("abc", key=ord))
print(sorted([1.5, 1, True, 0, -0.0, False]))
vals = [5, 3, 5, 1, 3]
print(sorted(set(vals)), sorted(range(10), key=lambda n: n % 3), list(reversed(sorted(vals))))
words = "the cat sat on the mat with a hat".split()
print(sorted(words, key=len), sorted(words, key=lambda w: (len(w), w)), max(words, key=len), min(words, key=len))
data = {"b": 2, "a": 3, "c": 1}
print(sorted(data.items(), key=itemgetter(1)), dict(sorted(data.items())), sorted(data, key=data.get, reverse=True))
lst = [3, 1, 2]
print(lst.sort(), lst)
try:
    lst.sort(lambda a: a)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], cmp=lambda a, b: a - b)
except TypeError as e:
    print(type(e).__name__, e)
print(max([1, 3, 2], default=0), max(1, 2, key=lambda v: -v), min((), default=None))
try:
    max([])
except ValueError as e:
    print(type(e).__name__, e)
try:
    min(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    max(1, 2, default=3)
except TypeError as e:
    print(type(e).__name__, e)
nan = float("nan")
print(sorted([3, nan, 1]) == sorted([3, nan, 1]) or "nan-dependent", sorted([nan, 1, 0])[1:] if False else "skip")
print(sorted([[1, "a"], [1, 2]], key=lambda r: r[0]))
sorted([[1, "a"], [1, 2]])
