s = list(range(10))
print(s[2:5], s[-3:], s[:-3], s[::3], s[::-1], s[-1:-4:-1], s[5:2], s[5:2:-1])
print(s[100:], s[-100:2], s[2:100], s[::-3], s[8:1:-2], s[-2:-8:-2])
print(s[slice(1, 8, 2)], s[slice(None)], s[slice(3)])
try:
    s[::0]
except ValueError as ex:
    print(type(ex).__name__, ex)
t = "abcdefgh"
print(t[::2], t[::-2], t[1:-1], t[-3:-1], t[5:1:-1], t[100:], repr(t[3:3]))
print((1, 2, 3, 4)[1:3], (1, 2, 3)[::-1], range(10)[2:8:3], range(10)[::-1])
a = list(range(6))
a[1:3] = ["x", "y", "z"]
print(a)
a[::2] = [0, 0, 0, 0][:len(a[::2])]
print(a)
try:
    a[::2] = [1, 2]
except ValueError as ex:
    print(type(ex).__name__, ex)
a[2:2] = [99]
print(a)
a[-1:] = []
print(a)
del a[::3]
print(a)
del a[1:3]
print(a)
b = [1, 2, 3]
b[5:] = [7]
print(b)
b[:0] = [-1]
print(b)
c = [1, 2, 3, 4, 5]
c[1:4] = ()
print(c)
c[:] = "xyz"
print(c)
try:
    c[0:1] = 5
except TypeError as ex:
    print(type(ex).__name__, ex)
sl = slice(1, 10, 2)
print(sl, sl.start, sl.stop, sl.step, sl.indices(5), slice(None, None, -1).indices(4))
print(slice(5), repr(slice(1, None)), slice(-3, None).indices(10))
try:
    slice(0, 1, 0).indices(3)
except ValueError as ex:
    print(type(ex).__name__, ex)
try:
    "abc"[1.5]
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    [1][1:"x"]
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    (1, 2)[5]
except IndexError as ex:
    print(type(ex).__name__, ex)
try:
    "ab"[9]
except IndexError as ex:
    print(type(ex).__name__, ex)
try:
    [][0]
except IndexError as ex:
    print(type(ex).__name__, ex)
try:
    x = [1, 2]
    x[5] = 1
except IndexError as ex:
    print(type(ex).__name__, ex)
try:
    del x[7]
except IndexError as ex:
    print(type(ex).__name__, ex)
class Idx:
    def __index__(self):
        return 2
print([10, 20, 30][Idx()], "hello"[Idx():], s[Idx()::Idx()])
class Seq:
    def __getitem__(self, key):
        return key
q = Seq()
print(q[1:2], q[::], q[1:2, 3], q[...], q[:, 1])
m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[1:] for row in m[1:]], [r[::-1] for r in m][::-1])
print(bytes(range(10))[2:5], bytearray(b"hello")[::-1], memoryview(b"abcdef")[1:3].tobytes())
word = "racecar"
print(word == word[::-1], "python"[-1::-2])
