# pprint lays out mappingproxy, ChainMap and the collections.User* wrappers like their contents
# when they do not fit on one line (CPython's _pprint_mappingproxy, _pprint_chain_map, ...).
import pprint
import types
from collections import ChainMap, UserDict, UserList, UserString

proxy = types.MappingProxyType({"b": 1, "a": list(range(12))})
pprint.pprint(proxy)
pprint.pprint(proxy, width=30)
pprint.pprint(types.MappingProxyType({}))

chain = ChainMap({"user": "ann", "theme": "dark"}, {"theme": "light", "font": 12, "tags": ["x"] * 8})
pprint.pprint(chain)
pprint.pprint(chain, width=40)
pprint.pprint(ChainMap({"solo": list(range(15))}), width=30)
pprint.pprint(ChainMap(), width=5)
pprint.pprint({"nested": chain}, width=45)

pprint.pprint(UserDict({"k%d" % i: i * 111 for i in range(6)}), width=30)
pprint.pprint(UserList(["item-%02d" % i for i in range(8)]), width=40)
pprint.pprint(UserString("word " * 12), width=25)
pprint.pprint([UserList([1, [2, [3, [4]]]])], depth=3)
print(pprint.pformat(UserDict(a=1)), pprint.pformat(UserList()), pprint.pformat(UserString("s")))
