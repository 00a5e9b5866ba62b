# A plugin registry built with a metaclass and __init_subclass__; misuse raises TypeErrors.
class PluginMeta(type):
    registry = {}
    def __new__(mcls, name, bases, ns, **kwargs):
        cls = super().__new__(mcls, name, bases, ns)
        if bases:
            key = ns.get("key")
            if key is None:
                raise TypeError(f"plugin {name} must define 'key'")
            if key in mcls.registry:
                raise ValueError(f"duplicate plugin key {key!r} ({name} vs {mcls.registry[key].__name__})")
            mcls.registry[key] = cls
        return cls

class Plugin(metaclass=PluginMeta):
    def run(self, data):
        raise NotImplementedError(f"{type(self).__name__}.run")

class Upper(Plugin):
    key = "upper"
    def run(self, data):
        return data.upper()

class Reverse(Plugin):
    key = "reverse"
    def run(self, data):
        return data[::-1]

class Lazy(Plugin):
    key = "lazy"

for src in ["class NoKey(Plugin):\n    pass", "class Again(Plugin):\n    key = 'upper'",
            "class Kw(Plugin, flavour='x'):\n    key = 'kw'"]:
    try:
        exec(src, globals())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

for key in ["upper", "reverse", "lazy", "missing"]:
    try:
        print(key, PluginMeta.registry[key]().run("hello"))
    except KeyError as e:
        print("no plugin", e)
    except NotImplementedError as e:
        print("NotImplementedError:", e, "| args:", e.args)

class Base:
    def __init_subclass__(cls, /, colour=None, **kwargs):
        super().__init_subclass__(**kwargs)
        if colour not in (None, "red", "blue"):
            raise ValueError(f"bad colour {colour!r}")
        cls.colour = colour

class Red(Base, colour="red"):
    pass
print(Red.colour)
for src in ["class Green(Base, colour='green'): pass", "class Odd(Base, size=3): pass",
            "class M1(type): pass\nclass M2(type): pass\nclass A(metaclass=M1): pass\nclass B(metaclass=M2): pass\nclass C(A, B): pass",
            "class D(metaclass=lambda *a: 42): pass\nprint('D is', D)", "class E(object, object): pass",
            "class F(Red, Base): pass", "class G(Base, Red): pass"]:
    try:
        exec(src, globals())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(sorted(PluginMeta.registry))
print(type(Upper).__name__, isinstance(Upper, PluginMeta), Upper.__mro__[1].__name__)
PluginMeta.registry["lazy"]().run("x")
