import random
r = random.Random(99)
print([r.randrange(10) for _ in range(10)])
print([r.randrange(5, 50, 5) for _ in range(10)])
print([r.randrange(50, 0, -3) for _ in range(10)])
print(r.randrange(-10**30, 10**30))
print([r.randint(-3, 3) for _ in range(15)])
deck = list(range(20))
r.shuffle(deck)
print(deck)
words = "the quick brown fox jumps over the lazy dog".split()
r.shuffle(words)
print(words)
for args in ((0,), (5, 5), (1, 10, 0), (10, 1)):
    try:
        r.randrange(*args)
    except ValueError as e:
        print("ValueError:", e)
print(r.randbytes(8))
