log = []
def k(v):
    log.append(v)
    return v
d = {}
d[k("key")] = k("value")
print(log)
log.clear()
a = b = k(1)
print(log, a, b)
log.clear()
x = [k(1), k(2)][k(0)]
print(log, x)
log.clear()
print(k("f")(k("arg")) if False else "skip", log)
log.clear()
def f(*a, **kw): return a
f(k(1), k(2), *[k(3)], z=k(4))
print(log)
