class Bag:
    def __init__(self, items): self.items = items
    def __iter__(self):
        print("iter"); return iter(self.items)
    def __len__(self):
        print("len"); return len(self.items)
b = Bag([1, 2])
print(list(b)); print(tuple(b)); print(sorted(b)); x = []; x.extend(b); print(x)
print(set(b), [*b], "".join(map(str, b)))
def f(*a): return a
print(f(*b))
class Neg(Bag):
    def __len__(self): return -1
try: print(list(Neg([1])))
except ValueError as e: print("ValueError", e)
class Bad(Bag):
    def __len__(self): raise KeyError("k")
try: print(list(Bad([1])))
except KeyError as e: print("KeyError", e)
class TE(Bag):
    def __len__(self): raise TypeError("t")
print(list(TE([5])))
class H:
    def __iter__(self): return iter([1])
    def __length_hint__(self): print("hint"); return 5
print(list(H()), tuple(H()))
class H2(H):
    def __length_hint__(self): return "x"
try: list(H2())
except TypeError as e: print("TypeError", e)
class H3(H):
    def __length_hint__(self): return -2
try: list(H3())
except ValueError as e: print("ValueError", e)
class H4(H):
    def __length_hint__(self): return NotImplemented
print(list(H4()))
