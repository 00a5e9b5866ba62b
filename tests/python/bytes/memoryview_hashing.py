# hash(): only read-only views of byte formats; equal to the hash of their bytes.
def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

b = b"abcdefgh"
m = memoryview(b)
print(hash(m) == hash(b), hash(m[::2]) == hash(b[::2]), hash(m[::-1]) == hash(b[::-1]))
print(hash(m.cast("b")) == hash(b), hash(m.cast("c")) == hash(b), hash(m.cast("B", (2, 4))) == hash(b))
print(hash(memoryview(b"")) == hash(b""), {m: 1}[b], m in {b})
attempt(lambda: hash(memoryview(bytearray(b))))
attempt(lambda: hash(m.cast("h")))
attempt(lambda: hash(m.cast("d")))
# A read-only view of a bytearray hashes its exporter first: bytearray is unhashable.
attempt(lambda: hash(memoryview(bytearray(b)).toreadonly()))
attempt(lambda: hash(memoryview(bytearray(b)).toreadonly().cast("h")))

# The hash is kept: a view hashed before release still hashes after it.
h = memoryview(b)
first = hash(h)
h.release()
print(hash(h) == first)
g = memoryview(b)
g.release()
attempt(lambda: hash(g))
