# complex(real, imag): only the first argument may convert itself with __complex__ (even a complex
# subclass's override is called); the second must be a complex, or float- or index-like, else
# "complex() second argument must be a number".
class WithComplex:
    def __complex__(self):
        return 10 + 1j


class WithFloat:
    def __float__(self):
        return 2.5


class WithIndex:
    def __index__(self):
        return 3


class Plain:
    pass


class MyComplex(complex):
    def __complex__(self):
        return complex(7, 7)


for first in (WithComplex(), WithFloat(), WithIndex(), Plain(), MyComplex(1, 2), 1.5, 2j):
    for second in (None, WithComplex(), WithFloat(), WithIndex(), Plain(), MyComplex(1, 2), 3j, "4"):
        try:
            z = complex(first) if second is None else complex(first, second)
            print(type(first).__name__, type(second).__name__, "->", z)
        except TypeError as exc:
            print(type(first).__name__, type(second).__name__, "-> TypeError:", exc)
