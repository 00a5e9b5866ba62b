# Decimal's methods and Context() report bad arguments as CPython's C argument parser does.
from decimal import Context, Decimal, ROUND_UP


def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except TypeError as e:
        print("TypeError:", e)


attempt(Decimal, 1, 2, 3)
attempt(Decimal, x=1)
attempt(Decimal("1").quantize)
attempt(Decimal("1").quantize, Decimal(1), x=1)
attempt(Decimal("1.25").quantize, exp=Decimal("0.1"), rounding=ROUND_UP)
attempt(Decimal(2).sqrt, 1, 2)
attempt(Decimal(1).__round__, 1, 2)
attempt(Decimal(1).compare)
attempt(Decimal(1).compare, Decimal(2), other=1)
attempt(Decimal(7).fma, 2)
attempt(Decimal(7).fma, 2, third=3)
attempt(Decimal(1).exp, x=1)
attempt(Context, x=1)
attempt(Context, 1, 2, 3, 4, 5, 6, 7, 8, 9)
