# Construction and indexing errors, with CPython's messages.
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

attempt("int", lambda: memoryview(1))
attempt("str", lambda: memoryview("abc"))
attempt("list", lambda: memoryview([1, 2]))
attempt("none", lambda: memoryview(None))
attempt("no arg", lambda: memoryview())
attempt("two args", lambda: memoryview(b"", b""))
attempt("keyword", lambda: memoryview(object=b"ab").tolist())
attempt("bad keyword", lambda: memoryview(obj=b"ab"))
attempt("subclass", lambda: type("M", (memoryview,), {}))

m = memoryview(b"abcd")
attempt("index", lambda: m[4])
attempt("negative", lambda: m[-5])
attempt("huge", lambda: m[2 ** 70])
attempt("str key", lambda: m["a"])
attempt("float key", lambda: m[1.0])
attempt("none key", lambda: m[None])
attempt("ellipsis", lambda: m[...])
attempt("tuple", lambda: m[0, 0])
attempt("empty tuple", lambda: m[()])
attempt("multi slice", lambda: m[0:1, 0:1])
attempt("bad step", lambda: m[::0])

x = memoryview(bytes(range(8))).cast("B", (2, 4))
attempt("2d int", lambda: x[1])
attempt("2d tuple", lambda: x[1, 2])
attempt("2d negative", lambda: x[-1, -1])
attempt("2d short", lambda: x[(1,)])
attempt("2d long", lambda: x[1, 2, 3])
attempt("2d range 1", lambda: x[2, 0])
attempt("2d range 2", lambda: x[0, 4])
attempt("2d mixed", lambda: x[1, 0:1])
attempt("2d slices", lambda: x[0:1, 0:1])
attempt("2d slice", lambda: x[1:].tolist())
attempt("2d iter", lambda: list(x))
attempt("2d len", lambda: len(x))

attempt("tobytes order", lambda: m.tobytes("K"))
attempt("tobytes type", lambda: m.tobytes(1))
attempt("hex sep", lambda: m.hex("--"))
attempt("hex sep ok", lambda: m.hex(":", 3))
attempt("hex sep neg", lambda: m.hex(b"-", -3))
attempt("hex bytes sep", lambda: m.hex(sep=b" "))
attempt("hex per 0", lambda: m.hex(":", 0))
attempt("no count", lambda: m.count(97))
attempt("no add", lambda: m + b"")

import copy
import pickle
for protocol in (0, 2, 5):
    attempt("pickle %d" % protocol, lambda: pickle.dumps(m, protocol=protocol))
attempt("copy", lambda: copy.copy(m))
