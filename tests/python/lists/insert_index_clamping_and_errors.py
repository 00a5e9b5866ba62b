"""list.insert: clamped indexes, __index__, and the errors for wrong arity, types, keywords and huge ints."""
a = [1, 2, 3]
a.insert(0, "x"); a.insert(-1, "y"); a.insert(100, "z"); a.insert(-100, "w"); a.insert(True, "t")
print(a)
for bad in ((), (1,), (1, 2, 3), ("a", 1), (1.5, 2)):
    try: a.insert(*bad)
    except TypeError as e: print("TypeError", e)
try: a.insert(index=1, object=2)
except TypeError as e: print("TypeError", e)
class I:
    def __index__(self): return 1
a.insert(I(), "i"); print(a[:3])
try: a.insert(10**30, 1); print(a[-1])
except OverflowError as e: print("OverflowError", e)
