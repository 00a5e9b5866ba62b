from functools import cache
from itertools import product, cycle, count
from collections import Counter


def practice(p1, p2):
    pos, score = [p1, p2], [0, 0]
    die = cycle(range(1, 101))
    for rolls in count(3, 3):
        player = (rolls // 3 - 1) % 2
        move = next(die) + next(die) + next(die)
        pos[player] = (pos[player] + move - 1) % 10 + 1
        score[player] += pos[player]
        if score[player] >= 1000:
            return min(score) * rolls, score, rolls


print(practice(4, 8))
SPLITS = Counter(map(sum, product((1, 2, 3), repeat=3)))
print(sorted(SPLITS.items()))


@cache
def wins(pos_a, pos_b, score_a, score_b):
    wa = wb = 0
    for move, n in SPLITS.items():
        np_ = (pos_a + move - 1) % 10 + 1
        ns = score_a + np_
        if ns >= 21:
            wa += n
        else:
            b, a = wins(pos_b, np_, score_b, ns)
            wa += a * n
            wb += b * n
    return wa, wb


print(wins(4, 8, 0, 0), max(wins(4, 8, 0, 0)), wins.cache_info().currsize)

TARGET = (20, 30, -10, -5)


def fire(vx, vy):
    x = y = top = 0
    while x <= TARGET[1] and y >= TARGET[2]:
        x, y = x + vx, y + vy
        vx -= (vx > 0) - (vx < 0)
        vy -= 1
        top = max(top, y)
        if TARGET[0] <= x <= TARGET[1] and TARGET[2] <= y <= TARGET[3]:
            return top
    return None


hits = {(vx, vy): t for vx in range(0, 31) for vy in range(-10, 11) if (t := fire(vx, vy)) is not None}
print(max(hits.values()), len(hits), min(hits), max(hits))
