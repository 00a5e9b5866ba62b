# _operator holds the same functions as operator (CPython's C half), and _compare_digest.
import _operator
import operator

print(_operator.add(2, 3), _operator.itemgetter(1)("abc"), _operator.attrgetter("real")(4))
print(all(getattr(_operator, name) is getattr(operator, name) for name in ("add", "mul", "not_", "itemgetter")))
print(_operator._compare_digest("abcdef", "abcdef"), _operator._compare_digest(b"abc", b"abd"))
print(_operator._compare_digest("abc", "abcdef"))
