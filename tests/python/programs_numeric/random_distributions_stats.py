# Seeded samples from several distributions, summarized; plus Random subclasses and SystemRandom absence of seed effect.
import random, statistics
rng = random.Random(424242)
dists = {
    'uniform': lambda: rng.uniform(-1, 1),
    'gauss': lambda: rng.gauss(0, 1),
    'normal': lambda: rng.normalvariate(5, 2),
    'expo': lambda: rng.expovariate(0.5),
    'tri': lambda: rng.triangular(0, 1, 0.2),
    'beta': lambda: rng.betavariate(0.5, 0.5),
    'gamma': lambda: rng.gammavariate(3, 2),
    'lognorm': lambda: rng.lognormvariate(0, 0.25),
    'pareto': lambda: rng.paretovariate(2.5),
    'weibull': lambda: rng.weibullvariate(2, 3),
    'vonmises': lambda: rng.vonmisesvariate(1, 0.5),
}
for name, draw in dists.items():
    xs = [draw() for _ in range(500)]
    print(f"{name:<9} mean={statistics.fmean(xs):+.6f} sd={statistics.pstdev(xs):.6f} min={min(xs):+.6f} max={max(xs):+.6f}")
print(rng.random())
class Dice(random.Random):
    def roll(self):
        return self.randint(1, 6)
d = Dice(1)
print([d.roll() for _ in range(15)], d.random())
r1, r2 = random.Random(5), random.Random()
r2.seed(5)
print(r1.random() == r2.random(), r1.getrandbits(20), r2.getrandbits(20))
r3 = random.Random(5)
r3.seed(5, version=1) if False else None
st = r3.getstate()
print(st[0], len(st[1]), st[2])
hand = rng.sample(range(52), 5)
print(hand, sorted(hand), [('A23456789TJQK'[c % 13], 'SHDC'[c // 13]) for c in hand])
weights = [1, 2, 3, 4]
picks = rng.choices('abcd', weights, k=2000)
print({c: picks.count(c) for c in 'abcd'})
print(rng.choices(['x', 'y'], cum_weights=[0.25, 1.0], k=10), rng.choices(range(3), k=0))
population = list(range(20))
rng.shuffle(population)
print(population, rng.sample(population, k=4), rng.sample(range(10 ** 6), k=3))
print(rng.randrange(0, 100, 5), rng.randrange(100, 0, -7), rng.randint(-10, -5), rng.getrandbits(7), rng.randbytes(4).hex())
