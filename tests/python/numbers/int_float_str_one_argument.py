"""int(x), float(x) and str(x) of one argument: conversions, subclasses, special methods and errors."""
import warnings
class I:
    def __int__(self): return 7
    def __float__(self): return 2.5
    def __str__(self): return "eye"
class S(int): pass
print(int(3.9), int(-3.9), int("12"), int(" 42 "), int(True), int(S(5)), type(int(S(5))).__name__, int(I()))
print(float(3), float("1e3"), float(I()), float(" -inf "), float(True))
print(str(3), str(I()), str(b"x"), str(None), str(S(4)))
for bad in ["x", "1.5", None, [], 1e400]:
    try: print(int(bad))
    except Exception as e: print(type(e).__name__, e)
for bad in ["x", None, []]:
    try: print(float(bad))
    except Exception as e: print(type(e).__name__, e)
class B:
    def __int__(self): return "no"
try: int(B())
except Exception as e: print(type(e).__name__, e)
class T:
    def __index__(self): return 9
print(int(T()))
class U:
    def __trunc__(self): return 11
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(int(U()))
print([(w.category.__name__, str(w.message)) for w in caught])
import math
print(float("nan"), str(float("-0")))
try: int(math.inf)
except OverflowError as e: print(e)
