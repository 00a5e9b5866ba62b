from collections import namedtuple, Counter, OrderedDict, defaultdict, ChainMap, deque, UserDict, UserList, UserString
import collections.abc as cabc
print(isinstance([], cabc.Sequence), isinstance({}, cabc.Mapping), isinstance({}, cabc.MutableMapping), isinstance(3, cabc.Hashable), isinstance([], cabc.Hashable))
print(isinstance(iter([]), cabc.Iterator), issubclass(list, cabc.Iterable), isinstance(len, cabc.Callable), issubclass(dict, cabc.Sized), isinstance(deque(), cabc.Sized), isinstance((x for x in ''), cabc.Generator))
