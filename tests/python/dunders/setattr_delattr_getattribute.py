class Frozen:
    def __init__(self, **kw):
        for k, v in kw.items():
            object.__setattr__(self, k, v)
    def __setattr__(self, k, v):
        raise AttributeError(f"cannot set {k!r}: frozen")
    def __delattr__(self, k):
        raise AttributeError(f"cannot delete {k!r}: frozen")
f = Frozen(a=1)
print(f.a)
for action in (lambda: setattr(f, "a", 2), lambda: delattr(f, "a")):
    try:
        action()
    except AttributeError as e:
        print(e)
class Upper:
    def __init__(self): self.name = "x"
    def __getattribute__(self, n):
        v = object.__getattribute__(self, n)
        return v.upper() if isinstance(v, str) else v
print(Upper().name)
class Fallback:
    def __getattribute__(self, n):
        if n == "boom":
            raise AttributeError(n)
        return object.__getattribute__(self, n)
    def __getattr__(self, n):
        return "fallback for " + n
print(Fallback().boom)
