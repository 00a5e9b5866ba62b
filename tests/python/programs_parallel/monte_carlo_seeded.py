import random
from concurrent.futures import ThreadPoolExecutor

def estimate_pi(seed, samples):
    rng = random.Random(seed)
    inside = 0
    for _ in range(samples):
        x, y = rng.random(), rng.random()
        if x * x + y * y <= 1.0:
            inside += 1
    return seed, inside

SEEDS = [11, 22, 33, 44, 55, 66, 77, 88]
SAMPLES = 20000
with ThreadPoolExecutor(max_workers=4) as ex:
    results = list(ex.map(estimate_pi, SEEDS, [SAMPLES] * len(SEEDS)))
for seed, inside in results:
    print(f"seed={seed:3d} inside={inside:6d} pi~{4 * inside / SAMPLES:.4f}")
total = sum(inside for _, inside in results)
print(f"combined pi ~ {4 * total / (SAMPLES * len(SEEDS)):.5f}")

def dice(seed):
    rng = random.Random(seed)
    counts = [0] * 13
    for _ in range(3000):
        counts[rng.randint(1, 6) + rng.randint(1, 6)] += 1
    return counts
with ThreadPoolExecutor(3) as ex:
    tables = list(ex.map(dice, range(3)))
agg = [sum(col) for col in zip(*tables)]
for s in range(2, 13):
    print(f"{s:2d} {agg[s]:5d} {'*' * (agg[s] // 100)}")
rng = random.Random(2024)
print(rng.sample(range(100), 5), rng.choice("threads"), round(rng.uniform(1, 2), 6))
