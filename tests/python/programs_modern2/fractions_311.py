# Fraction: int() and __int__ (3.11), strings with spaces and underscores (3.11), as_integer_ratio (3.8).
from fractions import Fraction
import math

f = Fraction(7, 2)
print(int(f), int(-f), math.floor(f), math.ceil(f), round(f), round(Fraction(5, 2)), f.as_integer_ratio())
print(Fraction(" 3/4 "), Fraction("1_000/3"), Fraction("1.5e-3"), Fraction(" -7 "))
for bad in ["1__0", "3 /4", "1/0", "x"]:
    try:
        print(Fraction(bad))
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__ + ":", e)
print(Fraction(1, 3).limit_denominator(2), format(Fraction(1, 3), "") if False else str(Fraction(1, 3)))
print(Fraction.from_float(0.1).limit_denominator(1000), Fraction(10, 4).numerator, Fraction(-6, 4))
