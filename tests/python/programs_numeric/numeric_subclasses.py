# Subclasses of int, float and complex: reprs, arithmetic result types, overrides.
class Money(float):
    def __repr__(self):
        return f"Money({float(self):.2f})"
    def __add__(self, other):
        return Money(float(self) + float(other))
m = Money(3.5)
print(m, repr(m), m + 1, type(m + 1).__name__, type(1 + m).__name__, type(m * 2).__name__, str(m), f"{m}", f"{m:.3f}", m.is_integer())
class Flags(int):
    def __str__(self):
        return f"Flags({int(self):#b})"
f = Flags(5)
print(f, repr(f), f | 2, type(f | 2).__name__, f + 0, -f, abs(Flags(-3)), f"{f}", f"{f:d}", '%d %s' % (f, f), str(f), f.bit_length())
class Celsius(float):
    def __new__(cls, v):
        if v < -273.15:
            raise ValueError(f"below absolute zero: {v}")
        return super().__new__(cls, v)
print(Celsius(20), Celsius('21.5'), type(Celsius(1)).__name__)
try:
    Celsius(-300)
except ValueError as e:
    print(type(e).__name__, e)
class Z(complex):
    pass
z = Z(1, 2)
print(z, repr(z), type(z + 1).__name__, z.real, z.conjugate(), type(z.conjugate()).__name__)
class Even(int):
    def __new__(cls, v):
        v = int(v)
        return super().__new__(cls, v - v % 2)
    def __repr__(self):
        return f"Even({int(self)})"
print([Even(x) for x in range(5)], sorted([Even(9), Even(2)]), Even(7) == 6, hash(Even(6)) == hash(6), {Even(4): 'a'}[4])
print(int.__repr__(Even(4)), float.__repr__(Money(2)), int(Flags(9)), float(Money(1.25)), type(int(Flags(9))).__name__, type(float(Money(1))).__name__)
class B(int):
    pass
print(True + B(2), type(B(2) ** 2).__name__, divmod(B(7), 2), type(divmod(B(7), 2)[0]).__name__, round(B(15), -1), type(round(B(15))).__name__)
print(isinstance(True, int), issubclass(bool, int), int.__add__(B(1), 2), float.__mul__(Money(2), 3), B(10).to_bytes(2, 'big'), B.from_bytes(b'\x01', 'big'), type(B.from_bytes(b'\x01', 'big')).__name__)
import numbers
print(isinstance(f, numbers.Integral), isinstance(m, numbers.Real), isinstance(z, numbers.Complex), isinstance(1.5, numbers.Rational), isinstance(1, numbers.Rational))
