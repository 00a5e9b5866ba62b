nums = [2, 4, 6, 7]
print(all(n % 2 == 0 for n in nums), any(n % 2 for n in nums))
print(all([]), any([]))
words = ["alpha", "beta", "gamma"]
print(all(len(w) > 3 for w in words))
print(any(w.startswith("g") for w in words))
def is_prime(n):
    return n > 1 and all(n % d for d in range(2, int(n ** 0.5) + 1))
print([n for n in range(30) if is_prime(n)])
grid = [[1, 1], [1, 0]]
print(all(all(row) for row in grid), any(any(row) for row in grid))
calls = []
def check(x):
    calls.append(x)
    return x > 2
print(any(check(x) for x in [1, 2, 3, 4, 5]), calls)
