funcs = []
for i in range(3):
    funcs.append(lambda: i)
print([f() for f in funcs])
funcs = [lambda i=i: i for i in range(3)]
print([f() for f in funcs])
def make():
    fs = []
    for j in range(3):
        def f():
            return j
        fs.append(f)
    j = 100
    return fs
print([f() for f in make()])
def cell_shared():
    x = 0
    def get(): return x
    def set_(v):
        nonlocal x
        x = v
    return get, set_
g, s = cell_shared()
s(42)
print(g())
