# dump/load on files, several pickles in one stream, Pickler and Unpickler objects, the memo.
import io
import os
import pickle
import tempfile

f = io.BytesIO()
pickle.dump({"a": 1}, f)
pickle.dump([1, 2, 3], f, protocol=0)
pickle.dump("third", f, 2)
f.seek(0)
print(pickle.load(f), pickle.load(f), pickle.load(f))
try:
    pickle.load(f)
except EOFError as e:
    print("EOFError", e)

f = io.BytesIO()
p = pickle.Pickler(f, 2)
shared = [1]
p.dump(shared)
p.dump(shared)
print(f.getvalue())
p.clear_memo()
p.dump(shared)
print(f.getvalue())
f.seek(0)
u = pickle.Unpickler(f)
a = u.load()
b = u.load()
c = u.load()
print(a, b, c, a is b, a is c)

path = os.path.join(tempfile.mkdtemp(), "data.pkl")
with open(path, "wb") as fh:
    pickle.dump({"nested": [(1, 2), {3}]}, fh, protocol=pickle.HIGHEST_PROTOCOL)
with open(path, "rb") as fh:
    print(pickle.load(fh))
print(pickle.Pickler(io.BytesIO()).dump(None) is None)
print(pickle.dumps([1], protocol=None) == pickle.dumps([1], pickle.DEFAULT_PROTOCOL))
