# help() on a user class, an instance, a function and a bound method: pydoc's text layout
class Shape:
    """A shape."""
    sides = 0

    def __init__(self, name: str) -> None:
        """Name the shape."""
        self.name = name

    def area(self):
        """Area of the shape."""
        return 0

    def __str__(self):
        return self.name

    @property
    def label(self):
        """Display label."""
        return self.name.title()


class Square(Shape):
    sides = 4

    def __init__(self, side=1):
        super().__init__("square")
        self.side = side

    def area(self):
        return self.side ** 2

    @classmethod
    def unit(cls):
        return cls(1)


def perimeter(shape, *, scale=1.0):
    """Perimeter of shape times scale."""


help(Square)
help(Square(2))
help(perimeter)
help(Square(3).area)
