x = "outer"
l = [x for x in range(3)]
print(x, l)
y = 10
print([y + i for i in range(3)])
def f():
    k = 2
    return [i * k for i in range(3)]
print(f())
class C:
    factor = 3
    values = [i for i in range(3)]
print(C.values)
funcs = [lambda: i for i in range(3)]
print([g() for g in funcs])
print([[j for j in range(i)] for i in range(4)])
