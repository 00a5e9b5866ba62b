from functools import singledispatch, singledispatchmethod

@singledispatch
def describe(obj):
    return "object"

@describe.register(int)
def _(obj):
    return "int %d" % obj

@describe.register
def _(obj: list):
    return "list of %d" % len(obj)

@describe.register(str)
@describe.register(bytes)
def _(obj):
    return "text"

print(describe(3), describe(True), describe([1, 2]), describe("s"), describe(b"b"), describe(2.5))
print(describe.dispatch(bool).__name__, object in describe.registry)

class Shape:
    @singledispatchmethod
    def area(self, arg):
        return "unknown"
    @area.register
    def _(self, arg: int):
        return arg * arg
    @area.register(float)
    def _(self, arg):
        return round(arg * arg, 2)

s = Shape()
print(s.area(3), s.area(1.5), s.area("x"))
try:
    describe()
except TypeError as e:
    print("TypeError:", e)
