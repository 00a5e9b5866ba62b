# Multi-dimensional shapes made by cast(): strides, tolist, tobytes orders, contiguity, 0-dim views.
def attempt(f):
    try:
        r = f()
        print(r.tolist() if isinstance(r, memoryview) else r)
    except Exception as e:
        print(type(e).__name__, e)

b = bytes(range(24))
m = memoryview(b)
x = m.cast("B", (2, 3, 4))
print(x.ndim, x.shape, x.strides, x.nbytes, len(x), x.itemsize)
print(x.tolist())
print(x.c_contiguous, x.f_contiguous, x.contiguous)
y = m.cast("h", [3, 4])
print(y.shape, y.strides, y.tolist())
print(y.tobytes() == b, y.tobytes("C") == b, y.tobytes("A") == b, y.tobytes(None) == b)
print(y.tobytes("F").hex())
print(m.cast("B", (2, 12)).tobytes(order="F")[:6])
attempt(lambda: y.tobytes("X"))
attempt(lambda: y.tobytes(order="c"))

# ND -> 1D and 1D -> ND only.
flat = x.cast("B")
print(flat.shape, flat.tolist()[-3:])
print(x.cast("B", (24,)).shape, x.cast("i", (6,)).tolist()[:2])
attempt(lambda: x.cast("B", (4, 6)))
attempt(lambda: m.cast("B", (5, 5)))
attempt(lambda: m.cast("B", (2, -12)))
attempt(lambda: m.cast("B", (0, 24)))
attempt(lambda: m.cast("B", (2, 12.0)))
attempt(lambda: m.cast("B", 24))
attempt(lambda: m.cast("B", "ab"))
attempt(lambda: m.cast("B", (1,) * 65))
print(m.cast("B", (1,) * 63 + (24,)).ndim)

# Slicing an N-D view cuts its first dimension.
rows = y[1:]
print(rows.shape, rows.strides, rows.tolist(), rows.c_contiguous)
every = y[::2]
print(every.shape, every.strides, every.tolist(), every.c_contiguous, every.contiguous)
print(every.tobytes().hex())

# 0-dim views: shape (), one item.
z = memoryview(b"\x07\x00").cast("h", ())
print(z.ndim, z.shape, z.strides, z.nbytes, len(z), z.tolist(), z[()], z.c_contiguous)
print(z[...].tolist(), z.tobytes())
attempt(lambda: z[0])
attempt(lambda: list(z))
attempt(lambda: z.cast("B", (2,)))
attempt(lambda: z.cast("B"))
zw = memoryview(bytearray(1)).cast("B", [])
zw[()] = 5
zw[...] = 6
print(zw.obj, zw.tolist())
