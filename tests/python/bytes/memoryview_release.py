# release() and the context manager: what a released view refuses, and bytearray exports.
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

b = b"abc"
r = memoryview(b)
print(repr(r).startswith("<memory at"))
r.release()
print(repr(r).startswith("<released memory at"))
for label, f in [("len", lambda: len(r)), ("obj", lambda: r.obj), ("format", lambda: r.format),
                 ("itemsize", lambda: r.itemsize), ("nbytes", lambda: r.nbytes), ("ndim", lambda: r.ndim),
                 ("shape", lambda: r.shape), ("strides", lambda: r.strides), ("readonly", lambda: r.readonly),
                 ("suboffsets", lambda: r.suboffsets), ("c_contiguous", lambda: r.c_contiguous),
                 ("getitem", lambda: r[0]), ("slice", lambda: r[1:]), ("tobytes", lambda: r.tobytes()),
                 ("tolist", lambda: r.tolist()), ("hex", lambda: r.hex()), ("cast", lambda: r.cast("B")),
                 ("toreadonly", lambda: r.toreadonly()), ("bytes", lambda: bytes(r)),
                 ("memoryview", lambda: memoryview(r)), ("enter", lambda: r.__enter__()),
                 ("release again", lambda: r.release()), ("eq self", lambda: r == r)]:
    attempt(label, f)

# An iterator of a released view stops working too.
v = memoryview(b"xyz")
it = iter(v)
print(next(it))
v.release()
attempt("next", lambda: next(it))

# with: the view is released on exit, also on an exception.
with memoryview(b"abc") as w:
    print(w.tobytes(), w[1])
attempt("after with", lambda: w[0])
try:
    with memoryview(b"abc") as w2:
        raise KeyError("boom")
except KeyError as e:
    print("raised", e)
attempt("after raise", lambda: w2.tolist())

# A bytearray refuses to change size while a view in a with block holds it.
ba = bytearray(b"data")
with memoryview(ba) as held:
    for label, f in [("append", lambda: ba.append(1)), ("extend", lambda: ba.extend(b"x")),
                     ("pop", lambda: ba.pop()), ("clear", lambda: ba.clear()), ("iadd", lambda: ba.__iadd__(b"q")),
                     ("grow slice", lambda: ba.__setitem__(slice(0, 1), b"xy")),
                     ("del", lambda: ba.__delitem__(0)), ("remove", lambda: ba.remove(ord("a"))),
                     ("insert", lambda: ba.insert(0, 1))]:
        attempt(label, f)
    ba[0:1] = b"D"
    ba[1] = ord("A")
    print(held.tobytes(), bytes(ba))
ba.append(33)
print(ba)
# Two views held at once: resizing waits for both.
with memoryview(ba) as one:
    with memoryview(ba) as two:
        attempt("two held", lambda: ba.append(1))
    attempt("one held", lambda: ba.append(1))
ba.append(1)
print(len(ba))
