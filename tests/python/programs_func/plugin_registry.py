import abc
from functools import wraps

class PluginMeta(abc.ABCMeta):
    registry = {}
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns, **kw)
        if not getattr(cls, "__abstractmethods__", None) and bases:
            key = ns.get("key", name.lower())
            if key in mcls.registry:
                raise ValueError(f"duplicate plugin key {key!r}")
            mcls.registry[key] = cls
        return cls

class Plugin(metaclass=PluginMeta):
    @abc.abstractmethod
    def run(self, data):
        ...

    def __init_subclass__(cls, /, version="1.0", **kwargs):
        super().__init_subclass__(**kwargs)
        cls.version = version

    def __repr__(self):
        return f"<{type(self).__name__} v{self.version}>"

class Upper(Plugin):
    def run(self, data):
        return data.upper()

class Reverse(Plugin, version="2.1"):
    key = "rev"
    def run(self, data):
        return data[::-1]

class Abstract(Plugin):
    @abc.abstractmethod
    def helper(self):
        ...

class Concrete(Abstract, version="0.9"):
    def run(self, data):
        return f"[{self.helper()}:{data}]"
    def helper(self):
        return "h"

print(sorted(PluginMeta.registry))
for key in sorted(PluginMeta.registry):
    p = PluginMeta.registry[key]()
    print(key, p, p.run("weft"))
try:
    Abstract()
except TypeError as e:
    print(type(e).__name__, e)
try:
    Plugin()
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Upper2(Plugin):
        key = "upper"
        def run(self, data):
            return data
except ValueError as e:
    print(type(e).__name__, e)
try:
    class Bad(Plugin, colour="red"):
        def run(self, data):
            return data
except TypeError as e:
    print(type(e).__name__, e)
print(type(Upper), type(Upper).__mro__[1].__name__, isinstance(Upper(), Plugin))
print(Upper.version, Reverse.version, Concrete.version, Abstract.__abstractmethods__)

def pipeline(*names):
    plugins = [PluginMeta.registry[n]() for n in names]
    def run(data):
        for p in plugins:
            data = p.run(data)
        return data
    return run

print(pipeline("upper", "rev", "concrete")("abc"))
try:
    pipeline("missing")
except KeyError as e:
    print(type(e).__name__, e)

class Sized(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return hasattr(C, "__len__") or NotImplemented
        return NotImplemented

print(isinstance([], Sized), isinstance(5, Sized), issubclass(dict, Sized))
