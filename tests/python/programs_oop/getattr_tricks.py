class Proxy:
    def __init__(self, target):
        object.__setattr__(self, "_target", target)
        object.__setattr__(self, "_log", [])
    def __getattr__(self, name):
        self._log.append(("get", name))
        return getattr(self._target, name)
    def __setattr__(self, name, value):
        self._log.append(("set", name))
        setattr(self._target, name, value)
    def __delattr__(self, name):
        self._log.append(("del", name))
        delattr(self._target, name)

class Target:
    def __init__(self):
        self.a = 1
    def hello(self):
        return "hello from target"

t = Target()
p = Proxy(t)
print(p.a, p.hello())
p.b = 2
print(t.b)
del p.a
print(hasattr(t, "a"), p._log)
try:
    p.missing
except AttributeError as e:
    print(type(e).__name__, e)

class Recorder:
    def __getattribute__(self, name):
        if name.startswith("secret"):
            raise AttributeError(f"{name} is hidden")
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return f"<default {name}>"
r = Recorder()
r.secret_key = 1
r.visible = 2
print(r.visible, r.secret_key, r.other, getattr(r, "secretX", "fallback"))

class Dyn:
    def __getattr__(self, name):
        if name.startswith("get_"):
            field = name[4:]
            return lambda: f"value of {field}"
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
d = Dyn()
print(d.get_name(), d.get_age())
try:
    d.foo
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(d, "foo"), hasattr(d, "get_x"))

class AttrDict(dict):
    def __getattr__(self, k):
        try:
            return self[k]
        except KeyError:
            raise AttributeError(k) from None
    def __setattr__(self, k, v):
        self[k] = v
    def __delattr__(self, k):
        del self[k]
ad = AttrDict(x=1)
ad.y = 2
print(ad.x, ad.y, ad, sorted(vars(ad)) if hasattr(ad, "__dict__") else None)
del ad.x
print(ad)
try:
    ad.zzz
except AttributeError as e:
    print(type(e).__name__, e)

class Frozen:
    def __init__(self, **kw):
        for k, v in kw.items():
            object.__setattr__(self, k, v)
    def __setattr__(self, k, v):
        raise AttributeError(f"cannot set {k!r}: frozen")
f = Frozen(a=1)
try:
    f.a = 2
except AttributeError as e:
    print(type(e).__name__, e)
print(f.a, getattr(f, "b", None), vars(f))

class Counting:
    count = 0
    def __getattribute__(self, n):
        type(self).count += 1
        return object.__getattribute__(self, n)
c = Counting()
c.x = 1
c.x; c.x
print(Counting.count)
try:
    getattr(c, 5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    setattr(c, 5, 1)
except TypeError as e:
    print(type(e).__name__, e)
class Err:
    def __getattr__(self, n):
        raise KeyError(n)
try:
    hasattr(Err(), "z")
except KeyError as e:
    print(type(e).__name__, e)
class Prop:
    @property
    def bad(self):
        raise AttributeError("inner problem")
    def __getattr__(self, name):
        return f"getattr fallback for {name}"
print(Prop().bad)
object().x = 1
