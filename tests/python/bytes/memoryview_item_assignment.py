# Item assignment checks each value against the view's format, as CPython's messages say.
def store(fmt, value):
    v = memoryview(bytearray(16)).cast(fmt)
    try:
        v[0] = value
        print(fmt, shown(value), "->", repr(v[0]))
    except Exception as e:
        print(fmt, shown(value), "->", type(e).__name__, e)

def shown(value):
    return type(value).__name__ if type(value).__module__ == "__main__" else repr(value)

class Idx:
    def __index__(self):
        return 7

class Flo:
    def __float__(self):
        return 2.5

for value in (-128, 127, 128, -129, True, 1.0, "a", Idx()):
    store("b", value)
for value in (0, 255, 256, -1, None):
    store("B", value)
for value in (2 ** 15 - 1, 2 ** 15, -2 ** 15, -2 ** 15 - 1):
    store("h", value)
for value in (65535, 65536, -1):
    store("H", value)
for fmt in "iIlLqQnN":
    store(fmt, 2 ** 31)
    store(fmt, -1)
    store(fmt, 2 ** 63)
    store(fmt, 2 ** 64)
    store(fmt, -2 ** 63)
store("P", -1)
store("P", 2 ** 64 - 1)
store("P", 2 ** 64)
store("P", 1.5)
for value in (1.5, 1, True, "x", Flo(), Idx(), 1e300, 2 ** 1000, 10 ** 400):
    store("f", value)
    store("d", value)
store("i", Flo())
for value in (b"a", b"ab", b"", "a", 97, bytearray(b"x")):
    store("c", value)
for value in (0, 3, [], "x", None, 0.0):
    store("?", value)

# Index checks come with the item: out of range, wrong key types.
v = memoryview(bytearray(4))
for key in (4, -5, 2 ** 70, "0", 1.0, None):
    try:
        v[key] = 1
    except Exception as e:
        print(repr(key), type(e).__name__, e)
v[-1] = 9
print(v.tolist())

# Read-only memory.
for target in (memoryview(b"ab"), memoryview(bytearray(2)).toreadonly()):
    try:
        target[0] = 1
    except TypeError as e:
        print(e)
