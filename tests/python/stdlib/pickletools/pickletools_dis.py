# pickletools: dis() of pickles at protocols 0, 2 and 4 (MARK indentation, memo notes, annotate),
# genops(), optimize() dropping unused PUTs, the errors dis() reports, and python -m pickletools.
import contextlib
import io
import os
import pickle
import pickletools
import runpy
import sys
import tempfile

shared = ["shared"]
record = {"name": "Ada", "scores": (90, 85.5), "tags": [shared, shared], "ok": True, "big": 2 ** 70}
for proto in (0, 2, 4):
    print("--- protocol", proto)
    pickletools.dis(pickle.dumps(record, protocol=proto))

pickletools.dis(pickle.dumps([1, (2, 3)], protocol=1), annotate=1)
pickletools.dis(pickle.dumps([[1], [2]], protocol=0), indentlevel=1)

data = pickle.dumps(record, protocol=2)
print([(op.name, arg, pos) for op, arg, pos in pickletools.genops(data)][:8])
small = pickletools.optimize(data)
print(len(data), len(small), pickle.loads(small) == record)
print(sum(op.name == "BINPUT" for op, _, _ in pickletools.genops(small)))
print(pickletools.optimize(pickle.dumps(record, protocol=4))[:12])

for bad in [b"", b"(", b"\xff", b"K", b"(.", b"q\x00.", b"h\x05.", b"NN.", b"S'abc\n."]:
    try:
        pickletools.dis(bad, out=io.StringIO())
    except ValueError as e:
        print("ValueError:", e)

folder = tempfile.mkdtemp()
paths = []
for i, obj in enumerate([{"a": 1}, [None, b"xy"]]):
    paths.append(os.path.join(folder, "p%d.pkl" % i))
    with open(paths[-1], "wb") as f:
        pickle.dump(obj, f, protocol=3)
for args in (paths[:1], ["-p", "== {name}", "-l", "2"] + paths):
    sys.argv = ["pickletools"] + args
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        runpy.run_module("pickletools", run_name="__main__")
    print(out.getvalue().replace(folder + os.sep, ""), end="")
