f = "hello".upper
print(f())
g = [3, 1, 2].copy
l = g()
l.sort()
print(l)
m = str.join
print(m("-", ["a", "b"]))
d = {}
setter = d.__setitem__
setter("k", 1)
print(d)
print(list(map(str.lower, ["A", "B"])))
print(sorted(["b", "A", "c"], key=str.lower))
bound = [1, 2].__len__
print(bound())
print((5).__add__(3), (5).__radd__(3), (5).__sub__(3.0))
print(int.__add__(2, 3))
