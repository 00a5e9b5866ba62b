# persistent_id/persistent_load, dispatch_table, copyreg.pickle and reducer_override.
import copyreg
import io
import pickle


class Record:
    def __init__(self, key):
        self.key = key


DB = {"r1": Record("r1"), "r2": Record("r2")}


class DBPickler(pickle.Pickler):
    def persistent_id(self, obj):
        if isinstance(obj, Record):
            return ("Record", obj.key)
        return None


class DBUnpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        kind, key = pid
        return DB[key]


for proto in range(1, 6):
    f = io.BytesIO()
    DBPickler(f, proto).dump([DB["r1"], DB["r2"], "plain"])
    print(proto, f.getvalue())
    f.seek(0)
    back = DBUnpickler(f).load()
    print(back[0] is DB["r1"], back[1] is DB["r2"], back[2])


class StrPid(pickle.Pickler):
    def persistent_id(self, obj):
        return "ID-" + obj if isinstance(obj, str) and obj.startswith("p") else None


f = io.BytesIO()
StrPid(f, 0).dump(["pear", "apple"])
print(f.getvalue())
f = io.BytesIO()
DBPickler(f, 0).dump([DB["r1"]])
print(f.getvalue())
try:
    pickle.loads(f.getvalue())
except pickle.UnpicklingError as e:
    print("UnpicklingError", e)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def reduce_point(p):
    return (Point, (p.x, p.y))


f = io.BytesIO()
p = pickle.Pickler(f, 2)
p.dispatch_table = {Point: reduce_point}
p.dump(Point(1, 2))
print(f.getvalue())
copyreg.pickle(Point, lambda p: (Point, (p.y, p.x)))
q = pickle.loads(pickle.dumps(Point(1, 2), 2))
print(q.x, q.y, Point in copyreg.dispatch_table)
del copyreg.dispatch_table[Point]


class Override(pickle.Pickler):
    def reducer_override(self, obj):
        if obj == 42:
            return (int, ("43",))
        return NotImplemented


f = io.BytesIO()
Override(f, 4).dump([42, 7])
print(f.getvalue(), pickle.loads(f.getvalue()))
try:
    copyreg.pickle(Point, 5)
except TypeError as e:
    print("TypeError", e)
