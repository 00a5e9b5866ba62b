# Monte Carlo estimates with a seeded generator.
import random, math
rng = random.Random(2024)
for n in (100, 1000, 10000, 50000):
    inside = sum(1 for _ in range(n) if rng.random() ** 2 + rng.random() ** 2 <= 1.0)
    est = 4 * inside / n
    print(f"n={n:>6} inside={inside:>6} pi~{est:.5f} err={abs(est - math.pi):.2e}")
rng.seed(99)
rolls = [rng.randint(1, 6) + rng.randint(1, 6) for _ in range(3600)]
for total in range(2, 13):
    c = rolls.count(total)
    print(f"{total:>2} {c:>4} {'#' * (c // 20)}")
walk = 0
path = []
for step in range(30):
    walk += rng.choice((-1, 1))
    path.append(walk)
print(path, max(path), min(path))
samples = [rng.gauss(50, 10) for _ in range(2000)]
mean = sum(samples) / len(samples)
var = sum((s - mean) ** 2 for s in samples) / (len(samples) - 1)
print(round(mean, 6), round(math.sqrt(var), 6), sum(1 for s in samples if abs(s - 50) < 10) / 2000)
hits = 0
for _ in range(5000):
    x = rng.uniform(0, 2)
    y = rng.uniform(0, 4)
    if y <= x * x:
        hits += 1
print('integral x^2 on [0,2] ~', 8 * hits / 5000, 'exact', 8 / 3)
birthdays = 0
for trial in range(500):
    days = [rng.randrange(365) for _ in range(23)]
    if len(set(days)) < 23:
        birthdays += 1
print('birthday paradox', birthdays / 500)
print(rng.random(), rng.getrandbits(64))
