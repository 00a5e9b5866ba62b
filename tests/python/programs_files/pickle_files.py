# pickle to and from files: several objects in one file, protocols, custom classes, errors.
import os
import pickle
import tempfile
from collections import OrderedDict, namedtuple
from dataclasses import dataclass

Point = namedtuple("Point", "x y")

@dataclass
class Account:
    owner: str
    balance: float = 0.0
    history: list = None

class Counter:
    def __init__(self):
        self.n = 0
        self.cache = {"big": list(range(3))}
    def __getstate__(self):
        state = self.__dict__.copy()
        del state["cache"]
        return state
    def __setstate__(self, state):
        self.__dict__.update(state)
        self.cache = "rebuilt"

with tempfile.TemporaryDirectory() as tmp:
    p = os.path.join(tmp, "objects.pkl")
    objs = [42, "text", b"bytes", 3.5, None, True, [1, [2, [3]]], {"k": (1, 2)}, {1, 2, 3},
            frozenset("ab") == frozenset("ba"), Point(1, 2), OrderedDict(a=1, b=2),
            Account("ada", 10.5, ["open"]), complex(1, -2), 2**100]
    with open(p, "wb") as f:
        for o in objs:
            pickle.dump(o, f)
    loaded = []
    with open(p, "rb") as f:
        while True:
            try:
                loaded.append(pickle.load(f))
            except EOFError:
                break
    print(len(loaded), loaded == objs)
    for o in loaded:
        print(type(o).__name__, repr(o))

    c = Counter()
    c.n = 7
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        data = pickle.dumps(c, protocol=proto)
        back = pickle.loads(data)
        print(proto, back.n, back.cache, data[:2] if proto >= 2 else data[:1])
    shared = [1, 2]
    pair = pickle.loads(pickle.dumps([shared, shared]))
    print(pair[0] is pair[1])
    rec = []
    rec.append(rec)
    r = pickle.loads(pickle.dumps(rec))
    print(r[0] is r)

    with open(p, "wb") as f:
        f.write(b"\x80\x04not really a pickle")
    try:
        with open(p, "rb") as f:
            pickle.load(f)
    except pickle.UnpicklingError as e:
        print(type(e).__name__, e)
    try:
        pickle.dumps(lambda x: x)
    except (pickle.PicklingError, AttributeError) as e:
        print(type(e).__name__, str(e).split(" at 0x")[0])
    try:
        with open(p, "w") as f:
            pickle.dump(1, f)
    except TypeError as e:
        print(type(e).__name__, e)
    empty = os.path.join(tmp, "empty.pkl")
    open(empty, "wb").close()
    try:
        with open(empty, "rb") as f:
            pickle.load(f)
    except EOFError as e:
        print(type(e).__name__, e)
