"""The 'is vs ==' and 'list vs generator memory' demos of beginner courses."""
import sys

a = [1, 2, 3]
b = a
c = [1, 2, 3]
print(a == b, a is b, a == c, a is c)
b.append(4)
print(a, c)
x = 256
y = 256
print("256:", x is y)
m = 1000
n = 1000
print("1000:", m is n, m == n)
s = "python"
t = "python"
print("strings:", s is t, s == t)
u = "hello world!"
v = "hello world!"
print("spaces:", u is v)
w = "".join(["py", "thon"])
print("built:", w is s, w == s, sys.intern(w) is s)
p = (1, 2, 3)
q = (1, 2, 3)
print("tuples:", p is q, p == q)
print(None is None, type(None), [] == [], [] is [], () is ())
e1, e2 = [], []
print(e1 is e2, id(e1) == id(e2))
big = [i * i for i in range(10_000)]
lazy = (i * i for i in range(10_000))
print(f"list of squares: {sys.getsizeof(big):,} bytes")
print(f"generator of squares: {sys.getsizeof(lazy):,} bytes")
print(sys.getsizeof(range(10_000)), sys.getsizeof(list(range(10))), sys.getsizeof(tuple(range(10))))
print(sum(big) == sum(lazy), sum(lazy))


def numbers(limit):
    n = 0
    while n < limit:
        yield n
        n += 1


gen = numbers(5)
print(type(gen).__name__, sys.getsizeof(gen), list(gen), list(gen))
for obj in (0, 1, 2 ** 30, 2 ** 60, 1.5, "", "a", "abc", "é", "€uro", b"", b"ab", [], [1], {}, {1: 2}, set(), (), (1,), True, None):
    print(f"{obj!r:>14} {sys.getsizeof(obj):>5}")
