# Messages name the C types as CPython does: decimal.Decimal, decimal.Context; subclasses by their own name.
from decimal import Decimal, Context
for f in [lambda: Decimal(1) + 'x', lambda: Decimal(1)(), lambda: len(Decimal(1)), lambda: Decimal(1)[0], lambda: Context() + 1, lambda: 'a' * Decimal(2)]:
    try: f()
    except Exception as e: print(type(e).__name__, e)
class D(Decimal): pass
try: D(1) + 'x'
except Exception as e: print(e)
print(Decimal.__name__, Decimal, type(Decimal(1)).__qualname__)
