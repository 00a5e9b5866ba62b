class Num:
    def __int__(self): return 7
    def __float__(self): return 2.5
    def __complex__(self): return 1 + 2j
    def __index__(self): return 3
    def __round__(self, n=None): return "rounded" if n is None else f"rounded to {n}"
    def __trunc__(self): return 9
    def __floor__(self): return 1
    def __ceil__(self): return 2
import math
n = Num()
print(int(n), float(n), complex(n), round(n), round(n, 2), math.trunc(n), math.floor(n), math.ceil(n))
print(bin(n), [1, 2, 3, 4][n])
class IdxOnly:
    def __index__(self): return 4
print(int(IdxOnly()), float(IdxOnly()) if hasattr(float, "__index__") else "n/a")
