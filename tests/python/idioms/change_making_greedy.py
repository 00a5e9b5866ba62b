def make_change(amount_cents, coins=(200, 100, 25, 10, 5, 1)):
    result = {}
    for coin in coins:
        count, amount_cents = divmod(amount_cents, coin)
        if count:
            result[coin] = count
    return result

for amount in [0, 41, 99, 388, 1234]:
    change = make_change(amount)
    desc = ", ".join(f"{n}x{c}c" for c, n in change.items()) or "nothing"
    print(f"{amount:>5}: {desc}")

def min_coins(amount, coins):
    INF = float("inf")
    best = [0] + [INF] * amount
    for a in range(1, amount + 1):
        for c in coins:
            if c <= a and best[a - c] + 1 < best[a]:
                best[a] = best[a - c] + 1
    return best[amount] if best[amount] != INF else -1
print(min_coins(6, [1, 3, 4]), make_change(6, (4, 3, 1)), min_coins(7, [2, 4]))
