# Crab cups with a "next" array standing in for a linked list
def play(labels, moves, size=None):
    cups = [int(c) for c in labels]
    size = size or len(cups)
    cups += range(len(cups) + 1, size + 1)
    nxt = [0] * (size + 1)
    for a, b in zip(cups, cups[1:] + cups[:1]):
        nxt[a] = b
    cur = cups[0]
    for _ in range(moves):
        a = nxt[cur]
        b = nxt[a]
        c = nxt[b]
        nxt[cur] = nxt[c]
        dest = cur - 1 or size
        while dest in (a, b, c):
            dest = dest - 1 or size
        nxt[c] = nxt[dest]
        nxt[dest] = a
        cur = nxt[cur]
    return nxt


def order(nxt):
    out, c = [], nxt[1]
    while c != 1:
        out.append(str(c))
        c = nxt[c]
    return "".join(out)


print(order(play("389125467", 10)), order(play("389125467", 100)))
n = play("389125467", 100_000, 100_000)
print(n[1], n[n[1]], n[1] * n[n[1]])

from collections import deque


def marbles(players, last):
    circle = deque([0])
    scores = [0] * players
    for m in range(1, last + 1):
        if m % 23 == 0:
            circle.rotate(7)
            scores[m % players] += m + circle.pop()
            circle.rotate(-1)
        else:
            circle.rotate(-1)
            circle.append(m)
    return max(scores)


print([marbles(p, l) for p, l in ((9, 25), (10, 1618), (13, 7999), (30, 5807))])
d = deque(range(10))
d.rotate(3)
print(d, d[0], d[-1])
d.rotate(-5)
print(d, list(d)[2:5])
