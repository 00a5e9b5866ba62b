import random
from collections import Counter

random.seed(42)
print([random.randint(1, 6) for _ in range(10)])
print(random.random(), random.uniform(1, 10), random.gauss(0, 1), random.gauss(100, 15))
print(random.choice("abcdef"), random.choice([10, 20, 30]), random.choices(range(5), k=6))
print(random.choices("abc", weights=[10, 1, 1], k=8), random.choices("xyz", cum_weights=[1, 2, 10], k=5))
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:13])
print(random.sample(range(100), 10), random.sample(deck, 3), random.sample("hello", 5))
print(random.randrange(10), random.randrange(5, 50, 5), random.randrange(-10, 10))
print(random.getrandbits(32), random.getrandbits(100), random.getrandbits(1))
print(random.triangular(0, 10), random.triangular(0, 10, 8), random.betavariate(2, 3))
print(random.expovariate(1.5), random.normalvariate(5, 2), random.lognormvariate(0, 0.5))
print(random.vonmisesvariate(1, 2), random.gammavariate(2, 3), random.paretovariate(3), random.weibullvariate(1, 1.5))
state = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(state)
print(a == [random.random() for _ in range(3)])
r = random.Random(7)
print(r.randint(0, 100), r.choice(range(1000)), r.random())
random.seed("hello")
print(random.random(), random.randint(1, 100))
random.seed(b"bytes")
print(random.random())
random.seed(12345678901234567890)
print(random.random())
random.seed(-5)
print(random.random())
random.seed(3)
rolls = Counter(random.randint(1, 6) + random.randint(1, 6) for _ in range(3600))
for total in range(2, 13):
    print(f"{total:2d} {rolls[total]:4d} {'#' * (rolls[total] // 20)}")
random.seed(99)
inside = sum(1 for _ in range(20000) if random.random() ** 2 + random.random() ** 2 <= 1)
print("pi ~", 4 * inside / 20000)
walk = [0]
for _ in range(20):
    walk.append(walk[-1] + random.choice((-1, 1)))
print(walk)
for bad in (lambda: random.randint(5, 1), lambda: random.choice([]), lambda: random.sample(range(3), 5), lambda: random.randrange(0)):
    try:
        bad()
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
