# Builtin generic aliases (PEP 585): list[int] and friends, their reprs and behaviour.
import collections
import collections.abc
import re
import types

aliases = [list[int], dict[str, list[int]], tuple[int, ...], tuple[()], type[int],
           collections.deque[str], collections.abc.Iterable[int], re.Pattern[str],
           frozenset[bytes], collections.defaultdict[str, int], list[list[list[int]]]]
for a in aliases:
    print(repr(a), a.__origin__.__name__, a.__args__)

la = list[int]
print(type(la) is types.GenericAlias, la([1, 2]), la("ab"), la == list[int], la != list[str])
print(list[int].__parameters__, dict[str, "T"].__args__)
try:
    isinstance([], list[int])
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(list, list[int])
except TypeError as e:
    print("TypeError:", e)
print(isinstance(list[int], type), list[int] is not list)
try:
    list[int][str]
except TypeError as e:
    print("TypeError:", e)
print(types.GenericAlias(list, (int,)), types.GenericAlias(dict, str))


class MyList(list):
    pass


print(MyList[int], MyList[int]().__class__.__name__)
try:
    int[str]
except TypeError as e:
    print("TypeError:", e)
