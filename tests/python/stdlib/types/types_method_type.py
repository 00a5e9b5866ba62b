import types
class C:
    pass
c = C()
m = types.MethodType(lambda self, x: (self is c, x), c)
print(m(5), m.__self__ is c)
try:
    types.MethodType(1, c)
except TypeError as e:
    print(e)
try:
    types.MethodType(len, None)
except TypeError as e:
    print(e)
