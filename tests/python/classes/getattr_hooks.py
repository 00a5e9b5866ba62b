class Dynamic:
    def __init__(self):
        self.real = "real value"
    def __getattr__(self, name):
        if name.startswith("x_"):
            return name[2:]
        raise AttributeError(f"no {name}")
d = Dynamic()
print(d.real, d.x_hello)
try:
    d.missing
except AttributeError as e:
    print(e)
print(getattr(d, "nope", "default"), hasattr(d, "x_y"), hasattr(d, "zz"))
class Logged:
    def __init__(self):
        self.a = 1
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("get", name)
        return super().__getattribute__(name)
l = Logged()
print(l.a)
class Guard:
    def __setattr__(self, name, value):
        print("set", name, value)
        super().__setattr__(name, value * 2)
    def __delattr__(self, name):
        print("del", name)
        super().__delattr__(name)
g = Guard()
g.v = 5
print(g.v)
del g.v
print(hasattr(g, "v"))
