class Meta(type):
    def __call__(cls, *a):
        print("1 Meta.__call__")
        return super().__call__(*a)
class K(metaclass=Meta):
    def __new__(cls, *a):
        print("2 __new__", a)
        return super().__new__(cls)
    def __init__(self, *a):
        print("3 __init__", a)
k = K(1, 2)
print(type(k).__name__)
class Other:
    pass
class ReturnsOther:
    def __new__(cls):
        return Other()
    def __init__(self):
        print("not called: __new__ returned another type")
print(type(ReturnsOther()).__name__)
