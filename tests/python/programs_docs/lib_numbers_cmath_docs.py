# numbers ABCs (the tower, registering, implementing the arithmetic operations pattern) and cmath functions.
import numbers, cmath, math
from fractions import Fraction
from decimal import Decimal
print([isinstance(x, numbers.Number) for x in (1, 1.0, 1j, Fraction(1), Decimal(1), 'x')])
print([isinstance(x, numbers.Integral) for x in (True, 1, 1.0)], isinstance(Fraction(1, 2), numbers.Rational), isinstance(1.5, numbers.Real), isinstance(1j, numbers.Real))
print(issubclass(numbers.Integral, numbers.Complex), isinstance(Decimal(1), numbers.Real), issubclass(int, numbers.Rational))
class MyFoo(numbers.Complex):
    pass
try:
    MyFoo()
except TypeError as e:
    print('TypeError:', str(e).split(' with abstract methods')[0])
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return f'Money({self.cents})'
    def _operator_fallbacks(monomorphic_operator, fallback_operator):
        def forward(a, b):
            if isinstance(b, Money):
                return monomorphic_operator(a, b)
            elif isinstance(b, int):
                return monomorphic_operator(a, Money(b))
            return NotImplemented
        def reverse(b, a):
            if isinstance(a, int):
                return monomorphic_operator(Money(a), b)
            return NotImplemented
        return forward, reverse
    def _add(a, b):
        return Money(a.cents + b.cents)
    __add__, __radd__ = _operator_fallbacks(_add, None)
print(Money(5) + Money(7), Money(5) + 3, 3 + Money(5), sum([Money(1), Money(2)], Money(0)))
try:
    Money(1) + 1.5
except TypeError as e:
    print('TypeError:', e)
numbers.Integral.register(Money)
print(isinstance(Money(1), numbers.Number))
print(cmath.sqrt(-1), cmath.phase(-1.0), cmath.phase(complex(-1.0, -0.0)), cmath.polar(1j), cmath.rect(1, cmath.pi / 2))
print(cmath.exp(1j * cmath.pi), cmath.log(-1), cmath.log10(100), cmath.isclose(cmath.exp(1j * math.pi), -1), abs(3 + 4j), (3 + 4j).conjugate())
print(cmath.isfinite(1 + 1j), cmath.isinf(complex(math.inf, 0)), cmath.isnan(complex(0, math.nan)), cmath.inf, cmath.infj, cmath.nanj)
print(cmath.sin(1j), cmath.cos(0), cmath.acos(2), cmath.atanh(0.5), cmath.sqrt(complex(-4, -0.0)), complex('1+2j') * 1j)
try:
    cmath.log(0)
except ValueError as e:
    print('ValueError:', e)
print(complex(1, 2) ** 2, (1 + 2j) / (3 - 4j), 1j ** 1j, pow(2j, 2), complex(float('inf'), 1), repr(-0j), repr(complex(-0.0, -0.0)))
