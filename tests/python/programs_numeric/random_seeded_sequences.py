# random with a seed: every public function must give CPython's exact sequence.
import random
random.seed(12345)
print([random.random() for _ in range(3)])
print([random.randint(1, 6) for _ in range(10)], [random.randrange(0, 100, 7) for _ in range(5)], random.randrange(10), random.randrange(-5, 5))
print(random.choice('abcdefg'), random.choice([10, 20, 30]), random.choices(range(10), k=5), random.choices('xyz', weights=[5, 1, 1], k=8), random.choices('abc', cum_weights=[1, 2, 10], k=6))
print(random.sample(range(100), 5), random.sample('hello world', 3), random.sample(range(10), k=10), random.sample(['a', 'b', 'c'], counts=[3, 1, 2], k=4))
deck = list(range(20))
random.shuffle(deck)
print(deck)
print(random.uniform(1, 5), random.uniform(5, 1), random.triangular(0, 10, 3), random.gauss(0, 1), random.gauss(10, 2), random.normalvariate(0, 1), random.lognormvariate(0, 0.5))
print(random.expovariate(1.5), random.betavariate(2, 5), random.gammavariate(2.0, 1.0), random.gammavariate(0.5, 2.0), random.paretovariate(3), random.weibullvariate(1, 1.5), random.vonmisesvariate(0, 4))
print(random.getrandbits(1), random.getrandbits(32), random.getrandbits(100), random.getrandbits(0), random.randbytes(5), random.randbytes(0))
state = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(state)
print(a == [random.random() for _ in range(3)])
for seed in (0, 1, -1, 2 ** 100, 'hello', b'bytes', 3.5, None.__class__ and 42):
    r = random.Random(seed)
    print(repr(seed), r.random(), r.randint(0, 10 ** 20))
for bad in [lambda: random.randint(5, 1), lambda: random.randrange(0), lambda: random.randrange(1, 10, 0), lambda: random.choice([]), lambda: random.sample(range(3), 5), lambda: random.choices([], k=2), lambda: random.choices('ab', weights=[1], k=1), lambda: random.getrandbits(-1), lambda: random.randrange(1.5), lambda: random.sample({1, 2}, 1), lambda: random.choices('ab', weights=[0, 0])]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
r2 = random.Random(7)
print(r2.sample(range(10 ** 9), 3), r2.randrange(10 ** 30), r2.choice(range(5, 50, 5)), r2.binomialvariate(10, 0.5) if hasattr(r2, 'binomialvariate') else 'n/a')
