class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *more): return self.n + x + sum(more)
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), callable(add5), callable(Adder), callable(5))
class Counter:
    def __init__(self): self.calls = 0
    def __call__(self):
        self.calls += 1
        return self.calls
c = Counter()
for _ in range(3): c()
print(c.calls)
print(list(map(Adder(10), [1, 2])))
