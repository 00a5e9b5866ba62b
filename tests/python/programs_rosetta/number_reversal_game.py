import random
rng = random.Random(1234)
def play(n=9):
    data = list(range(1, n + 1))
    while data == sorted(data):
        rng.shuffle(data)
    moves = 0
    print("start:", " ".join(map(str, data)))
    # a player who always flips the largest misplaced number to the front, then into place
    for size in range(n, 1, -1):
        i = data.index(size)
        if i == size - 1:
            continue
        if i != 0:
            data[:i + 1] = reversed(data[:i + 1]); moves += 1
            print(f"flip {i + 1:2}: {' '.join(map(str, data))}")
        data[:size] = reversed(data[:size]); moves += 1
        print(f"flip {size:2}: {' '.join(map(str, data))}")
    return moves
print("solved in", play(), "flips")
print("solved in", play(6), "flips")
def pancake_numbers(n):
    from itertools import permutations
    from collections import deque
    start = tuple(range(n))
    dist = {start: 0}
    q = deque([start])
    while q:
        p = q.popleft()
        for k in range(2, n + 1):
            nxt = p[:k][::-1] + p[k:]
            if nxt not in dist:
                dist[nxt] = dist[p] + 1
                q.append(nxt)
    return max(dist.values())
print([pancake_numbers(n) for n in range(1, 8)])
