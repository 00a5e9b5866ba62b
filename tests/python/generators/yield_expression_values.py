def gen():
    x = yield 1
    print("x =", x)
    y = yield x * 2 if x else 0
    print("y =", y)
    z = yield
    print("z =", z)
g = gen()
print(next(g))
print(g.send(5))
print(g.send("why"))
try:
    g.send("zed")
except StopIteration:
    print("exhausted")
