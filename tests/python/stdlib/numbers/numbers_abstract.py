import numbers
try:
    numbers.Integral()
except TypeError as e:
    print('TypeError', str(e).split(' with')[0])
class MyInt(numbers.Integral):
    def __init__(self, v): self.v = v
    def __int__(self): return self.v
    def __pow__(self, e, m=None): return NotImplemented
    __lshift__ = __rlshift__ = __rshift__ = __rrshift__ = __and__ = __rand__ = __xor__ = __rxor__ = __or__ = __ror__ = lambda s, o: NotImplemented
    def __invert__(self): return MyInt(~self.v)
    __add__ = __radd__ = __mul__ = __rmul__ = __truediv__ = __rtruediv__ = __rpow__ = __floordiv__ = __rfloordiv__ = __mod__ = __rmod__ = lambda s, o: NotImplemented
    def __neg__(self): return MyInt(-self.v)
    def __pos__(self): return self
    def __abs__(self): return MyInt(abs(self.v))
    def __eq__(self, o): return self.v == o
    def __lt__(self, o): return self.v < o
    def __le__(self, o): return self.v <= o
    def __trunc__(self): return self.v
    def __floor__(self): return self.v
    def __ceil__(self): return self.v
    def __round__(self, n=None): return self.v
    __hash__ = None
m = MyInt(5)
print(float(m), m.__index__(), int(m.numerator), m.denominator, int(m.real), m.imag, complex(m), [1, 2, 3, 4, 5, 6][m])
