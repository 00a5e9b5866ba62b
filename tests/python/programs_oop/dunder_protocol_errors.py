class BadLen:
    def __init__(self, v): self.v = v
    def __len__(self): return self.v
for v in (-1, "3", 2.0, 2 ** 70, True):
    try:
        print(len(BadLen(v)))
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)

class BadBool:
    def __init__(self, v): self.v = v
    def __bool__(self): return self.v
for v in (1, None, "yes", False):
    try:
        print(bool(BadBool(v)), "truthy" if BadBool(v) else "falsy")
    except TypeError as e:
        print(type(e).__name__, e)

class LenOnly:
    def __len__(self): return 0
print(bool(LenOnly()), not LenOnly())

class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
print([10, 20, 30][Idx(1)], "abc"[Idx(-1)], bin(Idx(5)), hex(Idx(255)), range(Idx(3)), list(range(10))[Idx(1):Idx(4)])
try:
    [1][Idx("0")]
except TypeError as e:
    print(type(e).__name__, e)

class Conv:
    def __int__(self): return 7
    def __float__(self): return 2.5
    def __complex__(self): return 1j
print(int(Conv()), float(Conv()), complex(Conv()))
class BadInt:
    def __int__(self): return "x"
try:
    int(BadInt())
except TypeError as e:
    print(type(e).__name__, e)
class BadFloat:
    def __float__(self): return 1
try:
    float(BadFloat())
except TypeError as e:
    print(type(e).__name__, e)
try:
    int(object())
except TypeError as e:
    print(type(e).__name__, e)
try:
    float([])
except TypeError as e:
    print(type(e).__name__, e)

class InitReturns:
    def __init__(self):
        return 5
try:
    InitReturns()
except TypeError as e:
    print(type(e).__name__, e)

class NewOther:
    def __new__(cls, *a):
        return 42
    def __init__(self):
        print("never")
print(NewOther(), type(NewOther()))
class NoArgs:
    pass
try:
    NoArgs(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
class WithInit:
    def __init__(self, a):
        pass
try:
    WithInit()
except TypeError as e:
    print(type(e).__name__, e)
try:
    WithInit(1, 2, b=3)
except TypeError as e:
    print(type(e).__name__, e)

class GetItemIter:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(GetItemIter()), 20 in GetItemIter(), 25 in GetItemIter(), list(reversed([1, 2])))
try:
    reversed(GetItemIter())
except TypeError as e:
    print(type(e).__name__, e)
class BadIter:
    def __iter__(self): return 5
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
class NotIter:
    pass
try:
    for x in NotIter(): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    5 in NotIter()
except TypeError as e:
    print(type(e).__name__, e)
try:
    NotIter()[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    NotIter()[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    del NotIter()[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    len(NotIter())
except TypeError as e:
    print(type(e).__name__, e)
try:
    NotIter()()
except TypeError as e:
    print(type(e).__name__, e)
try:
    -NotIter()
except TypeError as e:
    print(type(e).__name__, e)
try:
    abs(NotIter())
except TypeError as e:
    print(type(e).__name__, e)
try:
    NotIter() + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    hash([])
except TypeError as e:
    print(type(e).__name__, e)
print(round(2.675, 2), round(Idx(3)) if hasattr(Idx, "__round__") else "no round")
bool(BadBool(2))
