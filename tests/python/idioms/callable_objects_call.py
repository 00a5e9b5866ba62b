class Multiplier:
    def __init__(self, factor):
        self.factor = factor
        self.calls = 0
    def __call__(self, x):
        self.calls += 1
        return x * self.factor

triple = Multiplier(3)
print(triple(5), triple("ab"), triple.calls)
print(list(map(triple, [1, 2, 3])), triple.calls)
print(callable(triple), callable(5), callable(len), callable(Multiplier))

class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
    def __call__(self, *args):
        if args not in self.cache:
            self.cache[args] = self.fn(*args)
        return self.cache[args]

@Memo
def slow_sq(n):
    print("computing", n)
    return n * n
print(slow_sq(4), slow_sq(4), slow_sq(5))
print(sorted(slow_sq.cache.items()))
