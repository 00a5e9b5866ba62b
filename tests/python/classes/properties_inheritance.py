class Shape:
    def __init__(self, name):
        self._name = name
    @property
    def name(self):
        return self._name.title()
    @property
    def area(self):
        return 0
    def __str__(self):
        return f"{self.name}: area={self.area:.2f}, perimeter={self.perimeter:.2f}"
class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rectangle")
        self.w, self.h = w, h
    @property
    def area(self):
        return self.w * self.h
    @property
    def perimeter(self):
        return 2 * (self.w + self.h)
class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self._name = "square"
    @Rect.area.getter
    def area(self):
        return self.w ** 2
class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r
    area = property(lambda self: 3.141592653589793 * self.r ** 2)
    perimeter = property(lambda self: 2 * 3.141592653589793 * self.r)
for s in [Rect(2, 3), Square(4), Circle(1.5)]:
    print(s)
try:
    print(Shape("blob"))
except AttributeError as e:
    print("AttributeError:", e)
