import abc
import inspect
from enum import Enum, IntEnum, StrEnum
from dataclasses import dataclass

class Plugin(abc.ABC):
    @abc.abstractmethod
    def run(self): ...
    def helper(self):
        return 1

print(dir(Plugin))
print(sorted(Plugin.__abstractmethods__), type(Plugin).__name__, type(Plugin._abc_impl).__name__)
print([n for n in dir(Plugin) if not n.startswith("__")])

class Level(IntEnum):
    LOW = 1
    HIGH = 2
print([n for n in dir(Level) if not n.startswith("_")])
print("bit_length" in dir(Level), "LOW" in dir(Level), "__members__" in dir(Level))
class Color(Enum):
    RED = "r"
    def hex(self):
        return "#f00"
print(dir(Color), dir(Color.RED))
class Tag(StrEnum):
    A = "a"
print("upper" in dir(Tag), [n for n in dir(Tag) if n.isupper()])

@dataclass(frozen=True, order=True)
class Pt:
    x: int
    y: int = 0
print([n for n in dir(Pt) if n.startswith("__d") or n.startswith("__m") or not n.startswith("_")])
print(inspect.signature(Pt), inspect.signature(Pt.__init__), inspect.signature(Pt.__eq__))
print(inspect.getmembers(Pt(1), lambda v: isinstance(v, int)))
print([name for name, _ in inspect.getmembers(Plugin, inspect.isfunction)])
class Meta(type):
    def meta_method(cls):
        return cls.__name__
class WithMeta(metaclass=Meta):
    pass
print(sorted(Meta.__dict__.keys()), "meta_method" in dir(WithMeta), WithMeta.meta_method())
class Slotted:
    __slots__ = ("a",)
print(sorted(Slotted.__dict__.keys()), [n for n in dir(Slotted()) if not n.startswith("__")])
class WithDictSlot:
    __slots__ = ("a", "__dict__")
print(sorted(WithDictSlot.__dict__.keys()))
class ExcSub(KeyError):
    pass
print(sorted(ExcSub.__dict__.keys()), sorted(set(dir(ExcSub())) - set(dir(object))))
