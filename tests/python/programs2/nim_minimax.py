def nim_sum(heaps):
    x = 0
    for h in heaps:
        x ^= h
    return x

def best_move(heaps):
    x = nim_sum(heaps)
    if x == 0:
        i = max(range(len(heaps)), key=lambda k: heaps[k])
        return i, 1
    for i, h in enumerate(heaps):
        target = h ^ x
        if target < h:
            return i, h - target
    raise AssertionError("unreachable")

def play(heaps, names=("Alice", "Bob")):
    heaps = list(heaps)
    turn = 0
    while any(heaps):
        i, take = best_move(heaps)
        heaps[i] -= take
        print(f"  {names[turn % 2]:<5} takes {take} from heap {i} -> {heaps}")
        turn += 1
    return names[(turn - 1) % 2]

for start in ([3, 4, 5], [1, 2, 3], [7], [2, 2]):
    print(f"start {start}, nim-sum {nim_sum(start)}")
    print("  winner:", play(start))

memo = {}
def can_win(n, moves=(1, 3, 4)):
    if n in memo:
        return memo[n]
    memo[n] = any(m <= n and not can_win(n - m, moves) for m in moves)
    return memo[n]
print("".join("W" if can_win(n) else "L" for n in range(30)))
