# cast(): between byte formats and typed formats and back, and its errors.
def attempt(f):
    try:
        r = f()
        print(r.tolist() if isinstance(r, memoryview) else r)
    except Exception as e:
        print(type(e).__name__, e)

b = bytes(range(8))
m = memoryview(b)
i = m.cast("i")
print(i.format, i.itemsize, i.shape, i.strides, i.tolist(), i.readonly, i.obj is b)
back = i.cast("B")
print(back.format, back.tolist(), back == m)
print(i.cast("b").cast("h").tolist(), m.cast("c").cast("B").tolist())

ba = bytearray(8)
w = memoryview(ba).cast("H")
w[1] = 0xABCD
print(ba, w.readonly, w.cast("B")[2:4].tolist())

attempt(lambda: m.cast("h").cast("i"))
attempt(lambda: m.cast("<h"))
attempt(lambda: m.cast("hh"))
attempt(lambda: m.cast("x"))
attempt(lambda: m.cast("e"))
attempt(lambda: m.cast(""))
attempt(lambda: m.cast(1))
attempt(lambda: memoryview(b"abc").cast("h"))
attempt(lambda: m[::2].cast("B"))
attempt(lambda: m[::-1].cast("h"))
attempt(lambda: m[:0].cast("B"))
attempt(lambda: m[:0].cast("h"))
attempt(lambda: m[:0].cast("B", (0,)))
attempt(lambda: m.cast(format="h"))
attempt(lambda: m.cast("B", shape=[8]))
attempt(lambda: m.cast())

# Released views cannot be cast.
r = memoryview(b"ab")
r.release()
attempt(lambda: r.cast("B"))

# Read-only stays read-only.
ro = memoryview(bytearray(4)).toreadonly().cast("i")
print(ro.readonly)
attempt(lambda: ro.__setitem__(0, 1))
