# Lists, tuples, dicts, sets and frozensets: the opcodes and batches CPython writes.
import pickle

values = [[], [1], [1, 2], (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), {}, {"a": 1}, {"a": 1, "b": [2]},
          set(), {5}, frozenset(), frozenset({7}), [(1, 2), {"k": (3,)}], bytearray(b"xy"), bytearray()]
for proto in range(6):
    for v in values:
        data = pickle.dumps(v, proto)
        back = pickle.loads(data)
        print(proto, repr(v), data, back == v, type(back).__name__)

# batches of 1000: APPENDS/SETITEMS groups, and a last group of one
for n in (999, 1000, 1001, 2001):
    for proto in (0, 1, 2, 4):
        lst = list(range(n))
        data = pickle.dumps(lst, proto)
        d = dict.fromkeys(range(n), 0)
        ddata = pickle.dumps(d, proto)
        print(n, proto, len(data), data.count(b"e"), data[-12:], len(ddata), pickle.loads(data) == lst,
              pickle.loads(ddata) == d)
