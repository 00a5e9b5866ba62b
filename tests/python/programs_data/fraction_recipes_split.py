from fractions import Fraction as F

shares = {"ann": F(1, 3), "bob": F(1, 4), "cy": F(1, 6)}
shares["rest"] = 1 - sum(shares.values())
for who, s in shares.items():
    print(f"{who:<5}{str(s):>6}{float(s):>8.4f}{s * 360:>8} deg")
for a, b in [(F(3, 4), F(2, 3)), (F(-5, 6), F(1, 4)), (F(7), F(-7, 2))]:
    print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), a ** 2, a ** -2, round(a / b, 3))
for n in [F(0), F(1), F(-1), F(5, 3), F(-7, 2)]:
    try:
        print(n / 0)
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
print(F(1, 3) == 1 / 3, F(1, 2) == 0.5, F("3.1415926535").limit_denominator(100), F(0.1), F(0.1).limit_denominator())
F(-517, 125) / F(0)
