print("before class")
class C:
    print("in class body")
    x = 1
    y = x + 1
    for i in range(3):
        x += i
    del i
    def f(self): return self.y
print("after class", C.x, C.y, C().f())
print(sorted(k for k in C.__dict__ if not k.startswith("__")))
class D:
    if True:
        def m(self): return "conditional method"
print(D().m())
