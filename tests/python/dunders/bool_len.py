class B:
    def __init__(self, v): self.v = v
    def __bool__(self): return self.v
class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
print(bool(B(True)), bool(B(False)), bool(L(0)), bool(L(3)), len(L(7)))
print("yes" if L(1) else "no", not L(0))
class Both:
    def __bool__(self): return False
    def __len__(self): return 5
print(bool(Both()))
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print(e)
class BadLen:
    def __len__(self): return -1
try:
    len(BadLen())
except ValueError as e:
    print(e)
class FloatLen:
    def __len__(self): return 1.5
try:
    len(FloatLen())
except TypeError as e:
    print(e)
