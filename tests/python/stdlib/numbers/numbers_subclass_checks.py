import numbers
print(issubclass(int, numbers.Complex), issubclass(float, numbers.Rational), issubclass(complex, numbers.Real), issubclass(bool, numbers.Integral))
print(numbers.Integral.__mro__[1:4] == (numbers.Rational, numbers.Real, numbers.Complex), numbers.Number.__hash__)
