import random
from collections import Counter
import statistics

random.seed(42)
print(random.random(), random.randint(1, 6), random.randrange(0, 100, 5), random.uniform(1, 2))
print(random.choice("abcdef"), random.choices(range(10), k=5), random.sample(range(100), 5))
deck = [f"{r}{s}" for s in "SHDC" for r in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:8])
print(random.choices(["red", "green", "blue"], weights=[10, 1, 1], k=10))
print(random.choices("xyz", cum_weights=[1, 2, 10], k=6))
print(round(random.gauss(0, 1), 10), round(random.normalvariate(5, 2), 10), round(random.expovariate(1.5), 10))
print(round(random.triangular(0, 10, 3), 10), round(random.betavariate(2, 3), 10), round(random.lognormvariate(0, 1), 10))
print(random.getrandbits(40), random.randbytes(6).hex(), round(random.vonmisesvariate(0, 4), 10), round(random.paretovariate(3), 10))
print(round(random.gammavariate(2.5, 1), 10), round(random.weibullvariate(1, 1.5), 10))
rng = random.Random(2024)
rolls = [rng.randint(1, 6) + rng.randint(1, 6) for _ in range(1000)]
c = Counter(rolls)
for total in range(2, 13):
    print(f"{total:>2} {c[total]:>4} {'#' * (c[total] // 10)}")
print(statistics.mean(rolls), statistics.mode(rolls))
state = rng.getstate()
a = [rng.random() for _ in range(3)]
rng.setstate(state)
print(a == [rng.random() for _ in range(3)])
random.seed("a string seed")
print(random.randint(0, 10**12))
random.seed(b"bytes")
print(random.randint(0, 10**12))
random.seed(12345678901234567890)
print(random.random())
random.seed(-5)
print(random.random())
r2 = random.Random(7)
print(r2.sample(["a", "b", "c", "d"], counts=[1, 2, 3, 1], k=4), r2.randrange(10), r2.randrange(3, 30, 3), r2.choice([[1], [2]]))
walk = [0]
for _ in range(20):
    walk.append(walk[-1] + r2.choice((-1, 1)))
print(walk, max(walk), min(walk))
try:
    random.choice([])
except IndexError as e:
    print(type(e).__name__, e)
try:
    random.sample([1, 2], 3)
except ValueError as e:
    print(type(e).__name__, e)
try:
    random.randint(5, 1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    random.randrange(1, 1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    random.choices([1, 2], weights=[1], k=1)
except ValueError as e:
    print(type(e).__name__, e)
random.seed(1)
print([random.randint(1, 100) for _ in range(10)], random.random() < 1)
x = list(range(10))
random.Random(3).shuffle(x)
print(x, random.Random(3).random(), random.Random(0).randrange(1 << 70))
random.sample({1, 2, 3}, 2)
