class A:
    def f(self): return "A.f"
class B(A): pass
b = B()
results = []
for i in range(3):
    results.append(b.f())
    if i == 0:
        A.f = lambda self: "patched A.f"
    if i == 1:
        B.f = lambda self: "B.f"
print(results)
del B.f
print(b.f())
b.f = lambda: "instance f"
print(b.f())
class C:
    x = 1
def read(): return C.x
vals = []
for i in range(4):
    vals.append(read())
    C.x += 1
print(vals)
