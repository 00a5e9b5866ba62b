class Example:
    def foo(self):
        return "this is foo"
    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        def method(*args, **kwargs):
            return f"tried {name} with {args} {kwargs}"
        return method

e = Example()
print(e.foo(), e.bar(), e.grill(1, two=2), getattr(e, "ding")("x"))
print(hasattr(e, "anything"), hasattr(e, "__missing_dunder__"))
class Strict:
    __slots__ = ("a",)
    def __init__(self):
        self.a = 1
s = Strict()
for attr in ("a", "b"):
    try:
        print(getattr(s, attr))
    except AttributeError as err:
        print("AttributeError:", err)
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "log", [])
    def __getattr__(self, name):
        self.log.append(name)
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        self.log.append("set " + name)
        setattr(self._target, name, value)
    def __delattr__(self, name):
        raise AttributeError(f"cannot delete {name}")
p = Proxy([3, 1, 2])
p.sort(); p.append(9)
print(p._target, p.log, p.__class__.__name__)
try:
    del p.x
except AttributeError as err:
    print(err)
try:
    p.nothing
except AttributeError as err:
    print("AttributeError:", err)
print(dir(Example)[-2:], callable(e.zzz), vars(Example())  == {})
