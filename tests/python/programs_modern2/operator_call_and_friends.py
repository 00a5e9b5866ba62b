# operator.call (3.11), and attrgetter/itemgetter/methodcaller reprs.
import operator

print(operator.call(max, 3, 9, 4), operator.call(sorted, [3, 1], reverse=True))
print(operator.call(dict, a=1))
try:
    operator.call()
except TypeError as e:
    print("TypeError:", e)
print(repr(operator.attrgetter("a.b", "c")), repr(operator.itemgetter(1, "k")),
      repr(operator.methodcaller("split", ",", maxsplit=1)))
print(operator.methodcaller("split", ",", maxsplit=1)("a,b,c"))
print(operator.index(7), operator.length_hint(iter([1, 2, 3])), operator.length_hint(object(), 5))
print(operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"))
