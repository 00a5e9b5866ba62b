# CPython 3.11 reduces the numerators by their gcd before dividing, which shows in the message.
from fractions import Fraction as F

for a in [F(0), F(1), F(-1), F(5, 3), F(-7, 2), F(12)]:
    for b in [0, F(0), F(0, 5)]:
        try:
            a / b
        except ZeroDivisionError as e:
            print(repr(a), repr(b), e)
for a in [3, -4, 0]:
    try:
        a / F(0)
    except ZeroDivisionError as e:
        print(a, e)
try:
    F(-517, 125) / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
