from operator import itemgetter, attrgetter, methodcaller
import operator
from collections import namedtuple
from functools import cmp_to_key

Student = namedtuple("Student", "name grade age")
students = [Student("john", "A", 15), Student("jane", "B", 12), Student("dave", "B", 10), Student("ann", "A", 12)]
print(sorted(students, key=attrgetter("age")))
print(sorted(students, key=attrgetter("grade", "age")))
print(sorted(students, key=itemgetter(1, 0), reverse=True))
by_grade = {}
for s in sorted(students, key=itemgetter(1)):
    by_grade.setdefault(s.grade, []).append(s.name)
print(by_grade)
words = ["banana", "Apple", "cherry", "apple", "Banana"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=methodcaller("casefold")))
print(sorted(words, key=lambda w: (len(w), w)), max(words, key=len), min(words, key=itemgetter(-1)))
def compare(a, b):
    return (a > b) - (a < b)
print(sorted([3, 1, 2], key=cmp_to_key(compare)), sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
data = [{"k": 3, "v": "c"}, {"k": 1, "v": "a"}, {"k": 2, "v": "b"}]
print(list(map(itemgetter("v"), sorted(data, key=itemgetter("k")))))
print(sorted(data, key=itemgetter("k"), reverse=True)[0])
stable = [("x", 2), ("y", 1), ("z", 2), ("w", 1)]
print(sorted(stable, key=itemgetter(1)))
print(list(map(operator.mul, [1, 2, 3], [4, 5, 6])), list(map(operator.neg, range(3))))
ops = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv, "**": operator.pow, "%": operator.mod}
for sym, fn in ops.items():
    print(sym, fn(7, 3))
g = itemgetter(0, -1)
print(g("python"), g([1, 2, 3]), itemgetter(1)("ab"))
print(attrgetter("real", "imag")(3 + 4j), attrgetter("__class__.__name__")(1.5))
mc = methodcaller("split", ",", 1)
print(mc("a,b,c"), methodcaller("replace", "a", "o")("banana"))
try:
    sorted([1, "a"])
except TypeError as e:
    print(type(e).__name__, e)
try:
    itemgetter()
except TypeError as e:
    print(type(e).__name__, e)
try:
    attrgetter(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    methodcaller()
except TypeError as e:
    print(type(e).__name__, e)
print(operator.itemgetter(1) == operator.itemgetter(1), callable(mc))
