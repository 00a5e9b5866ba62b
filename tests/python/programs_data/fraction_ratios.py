from fractions import Fraction
from math import gcd

f = Fraction(6, 8)
print(f, repr(f), f.numerator, f.denominator)
print(Fraction("3/4") + Fraction(1, 4), Fraction("0.125"), Fraction("-1.5e-2"), Fraction(" 7 "))
print(Fraction(0.1), Fraction(0.1).limit_denominator(100), Fraction(3.14159).limit_denominator(1000))
print(Fraction(1, 3) * 3, Fraction(1, 3) ** 2, Fraction(4, 9) ** Fraction(1, 2), 2 ** Fraction(2))
print(Fraction(7, 2) // 1, Fraction(7, 2) % 1, divmod(Fraction(7, 2), Fraction(1, 3)), -Fraction(1, 2), abs(Fraction(-3, 4)))
print(float(Fraction(1, 3)), int(Fraction(-7, 2)), round(Fraction(7, 2)), round(Fraction(5, 2)), round(Fraction(22, 7), 3))
print(Fraction(1, 2) == 0.5, Fraction(1, 3) < 0.34, Fraction(2, 4) == Fraction(1, 2), hash(Fraction(1, 2)) == hash(0.5))
print(Fraction(1, 2) + 0.5, Fraction(1, 2) + 1, type(Fraction(1, 2) + 1).__name__)
print(sum([Fraction(1, n) for n in range(1, 7)]))
print(Fraction(-3, -6), Fraction(3, -6), Fraction(0, 5), Fraction(5))
print(f"{Fraction(1, 3)}", str(Fraction(10, 1)), Fraction(10, 1).as_integer_ratio(), Fraction(1, 3).is_integer() if hasattr(Fraction, "is_integer") else "n/a")
for bad in [("1/0",), (1, 0), ("abc",), ("1.2/3",)]:
    try:
        Fraction(*bad)
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
try:
    Fraction(1.5, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    Fraction(float("inf"))
except (OverflowError, ValueError) as e:
    print(type(e).__name__, e)
recipe = {"flour": Fraction(3, 4), "sugar": Fraction(1, 3), "butter": Fraction(1, 8)}
scale = Fraction(5, 2)
for k, v in recipe.items():
    s = v * scale
    whole, rest = divmod(s, 1)
    print(f"{k:<8} {str(s):>6} = {int(whole)} and {rest}")
ratios = sorted(recipe.values())
print(ratios, max(recipe, key=recipe.get))
print(Fraction(3, 4).limit_denominator(1), Fraction(355, 113) - Fraction("3.141592653589793"))
print(format(Fraction(1, 3), "") if True else None)
print(Fraction(1, 3) / 0)
