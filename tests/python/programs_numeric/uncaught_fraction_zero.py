# Ends with an uncaught ZeroDivisionError from Fraction.
from fractions import Fraction
rates = [Fraction(1, 3), Fraction(2, 5), Fraction(0)]
print([1 / r for r in rates[:2]])
print(sum(rates), max(rates), min(rates))
print([str(r ** 2) for r in rates])
print(Fraction(3, 0))
