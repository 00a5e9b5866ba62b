class Plugin:
    registry = {}
    def __init_subclass__(cls, /, name=None, priority=0, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        cls.priority = priority
        Plugin.registry[cls.plugin_name] = cls
        print("registered", cls.plugin_name, priority)

class Csv(Plugin, name="csv", priority=2):
    pass
class Json(Plugin, priority=5):
    pass
class Yaml(Json):
    pass
print(sorted(Plugin.registry), Yaml.priority, Csv.plugin_name)
try:
    class Bad(Plugin, color="red"):
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class Bad2(object, flavor=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)

class Validated:
    required = ()
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        missing = [r for r in cls.required if r not in cls.__dict__]
        if missing:
            raise TypeError(f"{cls.__name__} missing {missing}")
class Good(Validated):
    required = ("run",)
    def run(self): pass
print(Good.__name__)
try:
    class NoRun(Validated):
        required = ("run", "stop")
except TypeError as e:
    print(type(e).__name__, e)

class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item!r}]"
print(Box[int], Box["x"], Box[int, str])

class Typed:
    def __class_getitem__(cls, item):
        return type(f"{cls.__name__}_{item.__name__}", (cls,), {"item": item})
IntTyped = Typed[int]
print(IntTyped.__name__, IntTyped.item, issubclass(IntTyped, Typed))
try:
    Plugin[int]
except TypeError as e:
    print(type(e).__name__, e)
print(list[int], dict[str, list[int]], type(list[int]).__name__, list[int].__origin__, list[int].__args__)
print(tuple[int, ...], list[int]([1, 2]))

class WithSet:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
class Order:
    a = WithSet()
    def __init_subclass__(cls):
        print("init_subclass", cls.__name__)
class Sub(Order):
    b = WithSet()
