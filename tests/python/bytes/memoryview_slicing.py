# Slices of views: steps, negative steps and indexes, views of views sharing memory.
ba = bytearray(b"abcdefghij")
m = memoryview(ba)
print(m[2:5].tobytes(), m[-3:].tobytes(), m[::3].tobytes(), m[::-1].tobytes(), m[8:2:-2].tobytes())
print(m[-1], m[-10], m[3], m[100:].tobytes(), m[5:2].tobytes())
s = m[1::2]
print(s.shape, s.strides, s.nbytes, s.c_contiguous, s.contiguous, s.obj is ba)
r = m[::-1]
print(r.strides, r.c_contiguous, r.f_contiguous, r[0], r[-1])
ss = s[1::2]
print(ss.tolist(), ss.strides, bytes(ss))

# Writes through any of them land in the bytearray.
ss[0] = ord("X")
r[0] = ord("Z")
print(ba, m[3], s[1])
s[1:3] = b"12"
print(ba)

# Slicing a typed view keeps its format.
h = memoryview(bytearray(range(12))).cast("h")
print(h[1:4].tolist(), h[::-2].tolist(), h[::-2].strides, h[1:4].format)
h[::-2] = memoryview(bytes(6)).cast("h")
print(h.tolist())

# Empty and full slices.
e = m[4:4]
print(len(e), e.tolist(), e.c_contiguous, e.f_contiguous, m[:].tobytes() == bytes(ba))
# An empty slice with a step is not contiguous (CPython judges a 1-D view by its stride).
g = m[5:2:2]
print(len(g), g.strides, g.c_contiguous, g.contiguous, m[5:5:2].c_contiguous, m[1:2:5].c_contiguous)
# Slice objects and indices that use __index__.
class Two:
    def __index__(self):
        return 2
print(m[slice(1, 6, Two())].tobytes(), m[Two()], m[Two():].tobytes()[:3])
print(m[True], m[False:True].tolist())
