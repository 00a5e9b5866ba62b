"""An uncaught AttributeError's report ends with 3.11's "Did you mean" (the closest attribute name)."""
import math


class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def length(self):
        return math.hypot(self.x, self.y)


v = Vector(3, 4)
print(v.length())
print(math.floor(v.lenght()))
