from itertools import tee, islice, count
a, b = tee([1, 2, 3, 4])
print(list(a), list(b))
x, y, z = tee(iter('abc'), 3)
print(next(x), next(x), next(y), list(z), list(x), list(y))
p, q = tee(count())
print(list(islice(p, 5)), list(islice(q, 3)), next(p), next(q))
print(tee('ab', 0))
c, d = tee('xyz')
e, f = tee(c)
print(list(e), list(f), list(d))
try:
    tee('ab', -1)
except ValueError as e:
    print("ValueError:", e)
