from fractions import Fraction

RECIPE = {
    "flour (cups)": Fraction(9, 4),
    "sugar (cups)": Fraction(3, 4),
    "butter (tbsp)": Fraction(8),
    "eggs": Fraction(2),
    "vanilla (tsp)": Fraction(3, 2),
    "salt (tsp)": Fraction(1, 8),
}


def mixed(fr):
    whole, rem = divmod(fr.numerator, fr.denominator)
    if rem == 0:
        return str(whole)
    frac = f"{rem}/{fr.denominator}"
    return f"{whole} {frac}" if whole else frac


def scale(recipe, servings_from, servings_to):
    factor = Fraction(servings_to, servings_from)
    return {k: v * factor for k, v in recipe.items()}, factor


for target in (4, 6, 12, 3):
    scaled, factor = scale(RECIPE, 8, target)
    print(f"--- {target} servings (x{factor}) ---")
    for name, amount in scaled.items():
        print(f"  {name:<15} {mixed(amount):>8}   ({float(amount):.3f})")
total = sum(RECIPE.values())
print(total, repr(total), float(total), total.limit_denominator(10), round(total, 2))
print(Fraction("3.1415926").limit_denominator(100), Fraction(1, 3) + Fraction(1, 6), Fraction(5, 10))
print(Fraction(7, 2) // 1, Fraction(7, 2) % 1, -Fraction(7, 2), abs(Fraction(-1, 4)), Fraction(1, 4) ** 2, Fraction(4) ** Fraction(1, 2))
print(max(RECIPE.values()), min(RECIPE, key=RECIPE.get), sorted(RECIPE.values())[:3])
print(Fraction(1, 3) == 1 / 3, Fraction(1, 2) == 0.5, Fraction(3, 1) == 3, hash(Fraction(1, 2)) == hash(0.5))
print(f"{Fraction(1, 3):.5f}" if hasattr(Fraction, "__format__") else "", format(float(Fraction(2, 3)), ".4"))
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    Fraction("abc")
except ValueError as e:
    print(type(e).__name__, e)
