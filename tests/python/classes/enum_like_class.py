class ColorMeta(type):
    def __iter__(cls):
        return iter(cls._members)
    def __len__(cls):
        return len(cls._members)
class Color(metaclass=ColorMeta):
    _members = []
    def __init__(self, name, value):
        self.name, self.value = name, value
        Color._members.append(self)
    def __repr__(self):
        return f"<Color.{self.name}: {self.value}>"
    @classmethod
    def from_value(cls, v):
        for m in cls._members:
            if m.value == v:
                return m
        raise ValueError(f"{v!r} is not a valid Color")
Color.RED = Color("RED", 1)
Color.GREEN = Color("GREEN", 2)
Color.BLUE = Color("BLUE", 3)
print(list(Color), len(Color), Color.from_value(2), Color.RED.name)
try:
    Color.from_value(7)
except ValueError as e:
    print(e)
print(Color.RED is Color.from_value(1), sorted(c.name for c in Color))
