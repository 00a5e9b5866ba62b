import random
r = random.Random(2024)
print(r.choice("abcdefg"), r.choice([10, 20, 30]), r.choice(range(1000)))
print(r.choices(["red", "green", "blue"], k=6))
print(r.choices(["red", "green", "blue"], weights=[10, 1, 1], k=6))
print(r.choices(["red", "green", "blue"], cum_weights=[1, 2, 10], k=6))
print(r.sample(range(100), 10))
print(r.sample(range(10**9), 5))
print(r.sample(["a", "b", "c"], counts=[5, 1, 2], k=6))
print(sorted(r.sample("abcdef", 6)))
for bad in (lambda: r.choice([]), lambda: r.sample([1, 2], 3), lambda: r.choices([1, 2], 2),
            lambda: r.sample({1, 2}, 1), lambda: r.choices([1, 2], weights=[1], k=1)):
    try:
        bad()
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
