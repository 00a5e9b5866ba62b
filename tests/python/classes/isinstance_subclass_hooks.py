class Meta(type):
    def __instancecheck__(cls, obj):
        return isinstance(obj, int) and obj > 0
    def __subclasscheck__(cls, sub):
        return sub is bool
class Positive(metaclass=Meta): pass
print(isinstance(5, Positive), isinstance(-5, Positive), isinstance("x", Positive))
print(issubclass(bool, Positive), issubclass(int, Positive))
print(isinstance(True, (str, int)), issubclass(bool, (str, int)))
print(isinstance(1, (float, (str, int))))
