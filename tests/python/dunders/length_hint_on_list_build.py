# list(x), tuple(x) and l.extend(x) ask a user-defined x for __len__ (else __length_hint__) right after iter(x), as CPython's list_extend; slice assignment and dict.update's pairs do not
class Traced:
    def __init__(self, n): self.n = n
    def __iter__(self):
        print("__iter__")
        return iter(range(self.n))
    def __len__(self):
        print("__len__")
        return self.n
print(list(Traced(2)))
print(tuple(Traced(3)))
l = [0]
l.extend(Traced(1))
print(l)
print(sorted(Traced(2)))
print("-".join(map(str, Traced(2))))
class Bad:
    def __iter__(self): return iter([1])
    def __len__(self): raise ValueError("len broke")
try:
    list(Bad())
except ValueError as e:
    print("ValueError", e)
class TE:
    def __iter__(self): return iter([1])
    def __len__(self): raise TypeError("no len")
print(list(TE()))
class Hint:
    def __iter__(self): return iter([1, 2])
    def __length_hint__(self):
        print("hint asked")
        return NotImplemented
print(list(Hint()))
class BadHint:
    def __iter__(self): return iter([1])
    def __length_hint__(self): return "x"
try:
    list(BadHint())
except TypeError as e:
    print("TypeError", e)
class NegHint:
    def __iter__(self): return iter([1])
    def __length_hint__(self): return -1
try:
    tuple(NegHint())
except ValueError as e:
    print("ValueError", e)
class NegLen:
    def __iter__(self): return iter([1])
    def __len__(self): return -1
try:
    list(NegLen())
except ValueError as e:
    print("ValueError", e)
class L(list):
    def __len__(self):
        print("L.__len__")
        return super().__len__()
print(list(L([1, 2])))
d = {}
d.update([Traced(2)])
print(d)
x = [1, 2, 3]
x[0:1] = Traced(2)
print(x)
