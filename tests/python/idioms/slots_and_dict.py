class Pixel:
    __slots__ = ("x", "y", "color")
    def __init__(self, x, y, color="black"):
        self.x, self.y, self.color = x, y, color

p = Pixel(1, 2)
print(p.x, p.y, p.color, hasattr(p, "__dict__"))
p.color = "red"
try:
    p.alpha = 0.5
except AttributeError as e:
    print("AttributeError")
class Open:
    def __init__(self):
        self.a = 1
o = Open()
o.b = 2
print(o.__dict__, vars(o))
o.__dict__["c"] = 3
print(o.c, sorted(vars(o)))
try:
    Pixel(0, 0).missing
except AttributeError:
    print("no attribute")
print(Pixel.__slots__)
