class Registry(type):
    classes = {}
    @classmethod
    def __prepare__(mcls, name, bases):
        print("prepare", name)
        return {"auto": "injected"}
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, dict(ns))
        mcls.classes[name] = cls
        return cls
class A(metaclass=Registry):
    pass
class B(A):
    pass
print(sorted(Registry.classes), A.auto)
class Singleton(type):
    _instances = {}
    def __call__(cls, *a, **k):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*a, **k)
        return cls._instances[cls]
class Config(metaclass=Singleton):
    def __init__(self):
        print("init once")
print(Config() is Config())
