# reprlib.repr limits for every container type
import reprlib

print(reprlib.repr(list(range(100))), reprlib.repr(tuple(range(10))), reprlib.repr((1,)))
print(reprlib.repr('x' * 100), reprlib.repr('short'), reprlib.repr(10 ** 50), reprlib.repr(-10 ** 45))
print(reprlib.repr({i: str(i) for i in range(10)}), reprlib.repr({}), reprlib.repr(set()))
print(reprlib.repr(set(range(20))), reprlib.repr(frozenset('abcdefghij')), reprlib.repr(frozenset()))
print(reprlib.repr([[[[[[[1]]]]]]]), reprlib.repr({'a': {'b': {'c': {'d': {'e': {'f': {'g': 1}}}}}}}))
print(reprlib.repr([]), reprlib.repr(()), reprlib.repr(3.5), reprlib.repr(None))
