from dataclasses import dataclass
import abc


class Animal:
    """An animal that can speak.

    Subclasses override sound().
    """
    kingdom = "animalia"
    legs = 4

    def __init__(self, name: str, age: int = 0) -> None:
        """Create an animal called name."""
        self.name = name
        self.age = age

    def sound(self):
        """The noise it makes."""
        return "..."

    def speak(self, times=1):
        return " ".join([self.sound()] * times)

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"

    def __eq__(self, other):
        return isinstance(other, Animal) and self.name == other.name

    @classmethod
    def unnamed(cls):
        """Make one with no name."""
        return cls("?")

    @staticmethod
    def kinds(*names, sep=", "):
        return sep.join(names)

    @property
    def description(self):
        """Name and age."""
        return f"{self.name} ({self.age})"

    @property
    def nickname(self):
        return self.name[:3]

    @nickname.setter
    def nickname(self, value):
        self.name = value


class Dog(Animal):
    """A dog."""
    legs = 4
    tricks = ["sit", "roll"]
    motto = "Every dog has its day, and this long string goes on and on to be cut short"

    def sound(self):
        return "woof"

    def fetch(self, thing: str = "ball") -> str:
        """Fetch a thing."""
        return thing

    bark = sound
    shout = lambda self, n: self.sound().upper() * n


help(Animal)
help(Dog)
print("---")
help(Dog("rex"))


def area(width, height=1, *, unit="m"):
    """Area of a rectangle.

    Returns width * height.
    """
    return width * height


help(area)
help(lambda a, b=2: a)
help(Dog("rex").fetch)
help(Dog.fetch)


@dataclass
class Point:
    """A point."""
    x: int
    y: int = 0


help(Point)


class Plugin(abc.ABC):
    """Base plugin."""

    @abc.abstractmethod
    def run(self, data):
        """Run on data."""


class Empty:
    pass


help(Plugin)
help(Empty)
