from collections import namedtuple, Counter, OrderedDict, defaultdict, ChainMap, deque, UserDict, UserList, UserString
import collections.abc as cabc
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3}); print(cm, cm['a'], cm['b'], len(cm), list(cm), cm.new_child({'c': 4}).parents)
print(UserDict(a=1), UserList([1,2]) + [3], UserString('ab').upper(), isinstance(UserDict(), cabc.MutableMapping))
print(cabc.Sequence, cabc.Iterable.__module__, cabc.Iterable[int])
