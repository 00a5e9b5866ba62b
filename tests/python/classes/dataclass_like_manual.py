class Record:
    fields = ()
    def __init__(self, *args):
        if len(args) != len(self.fields):
            raise TypeError(f"expected {len(self.fields)} arguments, got {len(args)}")
        for f, a in zip(self.fields, args):
            setattr(self, f, a)
    def __repr__(self):
        return type(self).__name__ + "(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in self.fields) + ")"
    def __eq__(self, other):
        return type(self) is type(other) and all(getattr(self, f) == getattr(other, f) for f in self.fields)
class Point(Record):
    fields = ("x", "y")
print(Point(1, 2), Point(1, 2) == Point(1, 2), Point(1, 2) == Point(2, 1))
try:
    Point(1)
except TypeError as e:
    print(e)
