# help() on built-in functions, methods and a user-defined function and class, as pydoc's plain text lays them out.
def area(w: float, h: float = 1.0) -> float:
    """Return the area of a rectangle.

    Both sides are in metres."""
    return w * h

class Shape:
    """A shape with a name."""
    sides = 0
    def __init__(self, name):
        """Make a shape called name."""
        self.name = name
    def describe(self):
        """Say what this is."""
        return self.name
    @property
    def label(self):
        """The label."""
        return self.name.upper()

help(len)
help(print)
help(str.split)
import math
help(math.sqrt)
help(dict.get)
help(abs)
help('abc'.upper)
help(sorted)
help(area)
help(Shape)
