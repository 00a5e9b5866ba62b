def g():
    yield from range(3)
it = g()
print(iter(it) is it)
print(list(zip(it, "ab")))
print(list(it))
class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self):
        n = self.n
        while n > 0:
            yield n
            n -= 1
c = Countdown(3)
print(list(c), list(c))
print(list(enumerate(c)))
