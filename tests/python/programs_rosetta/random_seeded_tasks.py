import random
rng = random.Random(12345)
print(rng.random(), rng.randint(1, 6), rng.randrange(0, 100, 7), rng.choice("abcdef"), rng.getrandbits(70))
print(rng.sample(range(100), 5), rng.choices("abc", weights=[5, 1, 1], k=10), rng.choices(range(5), cum_weights=[1, 2, 3, 4, 5], k=4))
deck = list(range(10)); rng.shuffle(deck); print(deck)
print(round(rng.uniform(1, 2), 12), round(rng.gauss(0, 1), 12), round(rng.normalvariate(10, 2), 12), round(rng.triangular(0, 10, 3), 12))
print(round(rng.expovariate(1.5), 12), round(rng.betavariate(2, 3), 12), round(rng.gammavariate(2.5, 1), 12), round(rng.lognormvariate(0, 1), 12))
print(round(rng.vonmisesvariate(1, 2), 12), round(rng.paretovariate(3), 12), round(rng.weibullvariate(1, 1.5), 12), rng.randbytes(6).hex())
random.seed("a string seed")
print(random.random(), random.randint(-5, 5))
random.seed(b"bytes")
print(random.random())
random.seed(2 ** 100)
print(random.random())
state = rng.getstate(); a = rng.random(); rng.setstate(state); print(a == rng.random())
# Knuth shuffle by hand
def knuth(items, r):
    items = items[:]
    for i in range(len(items) - 1, 0, -1):
        j = r.randint(0, i)
        items[i], items[j] = items[j], items[i]
    return items
print(knuth(list("ABCDEFGH"), random.Random(3)))
# Monty Hall
r = random.Random(99)
stay = switch = 0
for _ in range(10000):
    car, pick = r.randrange(3), r.randrange(3)
    stay += pick == car
    switch += pick != car
print(stay, switch)
# Monte Carlo pi
r = random.Random(0)
inside = sum(r.random() ** 2 + r.random() ** 2 < 1 for _ in range(100000))
print(4 * inside / 100000)
try:
    rng.choice([])
except IndexError as e:
    print("IndexError:", e)
try:
    rng.sample([1, 2], 3)
except ValueError as e:
    print("ValueError:", e)
