import random
import statistics
from collections import Counter


def roll(n, sides=6, rng=random):
    return [rng.randint(1, sides) for _ in range(n)]


random.seed(10)
print("five dice:", roll(5), "d20:", roll(3, 20))
rng = random.Random(1)
yahtzees = 0
for _ in range(2000):
    r = roll(5, rng=rng)
    if len(set(r)) == 1:
        yahtzees += 1
print("yahtzees in 2000 rolls:", yahtzees)
rng = random.Random(5)
sums = Counter(sum(roll(3, rng=rng)) for _ in range(6000))
for total in range(3, 19):
    print(f"{total:2d}: {sums[total]:4d} {sums[total] / 6000:6.2%} {'*' * (sums[total] // 25)}")
rng = random.Random(42)
samples = [rng.gauss(170, 10) for _ in range(1000)]
print(f"mean {statistics.mean(samples):.3f} sd {statistics.stdev(samples):.3f} median {statistics.median(samples):.3f}")
buckets = Counter(int(s // 10 * 10) for s in samples)
for b in sorted(buckets):
    print(f"{b}-{b + 9}: {buckets[b]}")
rng = random.Random(7)
birthdays_shared = 0
for trial in range(500):
    days = [rng.randrange(365) for _ in range(23)]
    birthdays_shared += len(days) != len(set(days))
print(f"birthday paradox (23 people): {birthdays_shared / 500:.3f}")
rng = random.Random(3)
wins = 0
for _ in range(3000):
    doors = [0, 0, 1]
    rng.shuffle(doors)
    pick = rng.randrange(3)
    opened = next(i for i in range(3) if i != pick and doors[i] == 0)
    switched = next(i for i in range(3) if i not in (pick, opened))
    wins += doors[switched]
print(f"monty hall switching wins {wins / 3000:.1%}")
rng = random.Random(11)
print([round(rng.uniform(-1, 1), 4) for _ in range(5)], rng.sample(range(1, 50), 6), rng.choices("HT", k=10))
print(random.Random(0).random(), random.Random(0).getrandbits(16), random.Random("seed").randint(1, 10**9))
