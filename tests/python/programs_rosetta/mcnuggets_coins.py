def mcnuggets(limit=100):
    can = [False] * (limit + 1)
    can[0] = True
    for n in range(limit + 1):
        for p in (6, 9, 20):
            if n >= p and can[n - p]:
                can[n] = True
    return max(i for i, ok in enumerate(can) if not ok)

def count_change(amount, coins):
    ways = [1] + [0] * amount
    for c in coins:
        for a in range(c, amount + 1):
            ways[a] += ways[a - c]
    return ways[amount]

print("largest non-McNugget:", mcnuggets())
print(count_change(100, [1, 5, 10, 25]), count_change(1000 * 100, [1, 5, 10, 25, 50, 100]))
def min_coins(amount, coins):
    best = [0] + [None] * amount
    for a in range(1, amount + 1):
        opts = [best[a - c] for c in coins if c <= a and best[a - c] is not None]
        best[a] = min(opts) + 1 if opts else None
    return best[amount]
print(min_coins(63, [1, 5, 10, 21, 25]), min_coins(7, [2, 4]))
