def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in self.__dict__.items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls
def register(registry):
    def deco(cls):
        registry[cls.__name__] = cls
        return cls
    return deco
REG = {}
@register(REG)
@add_repr
class Item:
    def __init__(self, name, qty):
        self.name, self.qty = name, qty
print(Item("pen", 3), list(REG))
def singleton(cls):
    return cls()
@singleton
class Settings:
    debug = False
print(type(Settings).__name__, Settings.debug)
