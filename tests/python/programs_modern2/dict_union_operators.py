# dict | and |= (PEP 584) with subclasses, views and other mappings.
from collections import OrderedDict, defaultdict, ChainMap, Counter
from types import MappingProxyType

a = {"spam": 1, "eggs": 2, "cheese": 3}
b = {"cheese": "cheddar", "aardvark": "Ethel"}
print(a | b)
print(b | a)
c = dict(a)
c |= [("x", 1), ("spam", 99)]
print(c)
try:
    a | [("x", 1)]
except TypeError as e:
    print("TypeError:", e)

od = OrderedDict(z=1) | {"a": 2}
print(type(od).__name__, od)
dd = defaultdict(list, a=[1]) | {"b": [2]}
print(type(dd).__name__, dict(dd), dd.default_factory)
print({"x": 0} | OrderedDict(y=1))
cm = ChainMap({"a": 1}) | {"b": 2}
print(cm)
cnt = Counter(a=1) | Counter(a=3, b=1)
print(cnt)
mp = MappingProxyType({"k": 1})
print(mp | {"j": 2}, type(mp | {"j": 2}).__name__, {"j": 2} | mp)
try:
    mp |= {"j": 2}
except TypeError as e:
    print("TypeError:", e)


class MyDict(dict):
    pass


print(type(MyDict(a=1) | {"b": 2}).__name__, type({"b": 2} | MyDict(a=1)).__name__)
print({1, 2} | {3}, {"a": 1}.keys() | {"b"})
