# Static methods of built-in types (str/bytes/bytearray.maketrans) are bound to their type as
# CPython's METH_STATIC functions: "type.name" qualname, a repr naming the type, __self__ None,
# and a reduction through getattr(type, name), so pickle and copy take them.
import copy
import pickle
import re

for f in (str.maketrans, bytes.maketrans, bytearray.maketrans, "".maketrans, b"".maketrans):
    print(f.__name__, f.__qualname__, f.__self__, f.__module__)
    print(re.sub(r"0x[0-9a-f]+", "0x...", repr(f)))
print(bytes.maketrans.__reduce__())
print(len.__reduce__(), [].append.__reduce__()[1][1])
again = pickle.loads(pickle.dumps(bytes.maketrans))
print(again(b"ab", b"xy")[97:99])
print(copy.deepcopy(str.maketrans) is str.maketrans)
print(str.maketrans("ab", "cd"), bytearray.maketrans(b"q", b"r")[113])
print(dict.fromkeys.__qualname__, int.from_bytes.__qualname__, object.__new__.__qualname__)
