import random
random.seed(12345)
print(random.random(), random.randint(1, 100), random.randrange(0, 50, 5))
print(random.choice("abcdefg"), random.choices(range(10), k=5))
print(random.choices("abc", weights=[10, 1, 1], k=8))
print(random.choices("xyz", cum_weights=[1, 2, 10], k=6))
deck = list(range(1, 14))
random.shuffle(deck)
print(deck)
print(random.sample(range(100), 7), random.sample("hello", 3))
print(round(random.uniform(1, 2), 6), round(random.gauss(0, 1), 6), round(random.normalvariate(10, 2), 6))
print(round(random.expovariate(1.5), 6), round(random.triangular(0, 10, 3), 6), round(random.betavariate(2, 3), 6))
print(random.getrandbits(40), random.randbytes(4).hex())
r = random.Random(7)
print([r.randint(1, 6) for _ in range(10)])
state = r.getstate()
a = [r.random() for _ in range(3)]
r.setstate(state)
b = [r.random() for _ in range(3)]
print(a == b)
random.seed("text seed")
print(random.random())
random.seed(b"bytes")
print(random.randint(0, 10 ** 12))
random.seed(2 ** 100)
print(random.random())
random.seed(-5)
print(random.random())
random.seed(3)
walk = [0]
for _ in range(20):
    walk.append(walk[-1] + random.choice((-1, 1)))
print(walk, max(walk), min(walk))
random.seed(99)
hits = sum(1 for _ in range(10000) if random.random() ** 2 + random.random() ** 2 <= 1)
print("pi ~", 4 * hits / 10000)
def monty(switch, trials=2000, rng=random.Random(1)):
    wins = 0
    for _ in range(trials):
        car, pick = rng.randrange(3), rng.randrange(3)
        opened = next(d for d in range(3) if d != car and d != pick)
        if switch:
            pick = next(d for d in range(3) if d != pick and d != opened)
        wins += pick == car
    return wins / trials
print(monty(True), monty(False))
try:
    random.sample([1, 2], 3)
except ValueError as ex:
    print(type(ex).__name__, ex)
try:
    random.choice([])
except IndexError as ex:
    print(type(ex).__name__, ex)
try:
    random.randint(5, 1)
except ValueError as ex:
    print(type(ex).__name__, ex)
try:
    random.randrange(0)
except ValueError as ex:
    print(type(ex).__name__, ex)
