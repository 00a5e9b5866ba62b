import random
for s in (0, 1, 42, -42, 2**64 + 3, 12345678901234567890):
    random.seed(s)
    print(s, random.random(), random.random())
random.seed(7)
print([random.randint(1, 6) for _ in range(20)])
print(random.getrandbits(1), random.getrandbits(32), random.getrandbits(33), random.getrandbits(64), random.getrandbits(100))
print(random.getrandbits(0))
