class Shape:
    def area(self):
        raise NotImplementedError(f"{type(self).__name__} must implement area")
    def describe(self):
        return f"{type(self).__name__} with area {self.area():.2f}"

class Square(Shape):
    def __init__(self, side):
        self.side = side
    def area(self):
        return self.side ** 2

class Circle(Shape):
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3.14159 * self.r ** 2

class Blob(Shape):
    pass

for s in [Square(3), Circle(1), Blob()]:
    try:
        print(s.describe())
    except NotImplementedError as e:
        print("error:", e)
shapes = [Square(2), Circle(2), Square(1)]
print([type(s).__name__ for s in sorted(shapes, key=lambda s: s.area())])
print(sum(s.area() for s in shapes))
