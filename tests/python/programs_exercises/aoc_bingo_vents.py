from collections import Counter
import re

BINGO = """7,4,9,5,11,17,23,2,0,14,21,24,10,16,13,6,15,25,12,22,18,20,8,19,3,26,1

22 13 17 11  0
 8  2 23  4 24
21  9 14 16  7
 6 10  3 18  5
 1 12 20 15 19

 3 15  0  2 22
 9 18 13 17  5
19  8  7 25 23
20 11 10 24  4
14 21 16 12  6

14 21 17 24  4
10 16 15  9 19
18  8 23 26 20
22 11 13  6  5
 2  0 12  3  7"""

head, *boards_txt = BINGO.split("\n\n")
draws = list(map(int, head.split(",")))
boards = [[list(map(int, l.split())) for l in b.splitlines()] for b in boards_txt]


def wins(board, marked):
    return any(all(x in marked for x in row) for row in board) or \
        any(all(x in marked for x in col) for col in zip(*board))


scores = []
done = set()
for i, d in enumerate(draws):
    marked = set(draws[:i + 1])
    for bi, b in enumerate(boards):
        if bi not in done and wins(b, marked):
            done.add(bi)
            scores.append((bi, d, d * sum(x for row in b for x in row if x not in marked)))
print(scores[0], scores[-1])

VENTS = """0,9 -> 5,9
8,0 -> 0,8
9,4 -> 3,4
2,2 -> 2,1
7,0 -> 7,4
6,4 -> 2,0
0,9 -> 2,9
3,4 -> 1,4
0,0 -> 8,8
5,5 -> 8,2"""
straight, every = Counter(), Counter()
for line in VENTS.splitlines():
    x1, y1, x2, y2 = map(int, re.findall(r"\d+", line))
    dx, dy = (x2 > x1) - (x2 < x1), (y2 > y1) - (y2 < y1)
    n = max(abs(x2 - x1), abs(y2 - y1))
    pts = [(x1 + k * dx, y1 + k * dy) for k in range(n + 1)]
    every.update(pts)
    if not (dx and dy):
        straight.update(pts)
print(sum(v > 1 for v in straight.values()), sum(v > 1 for v in every.values()))
for y in range(10):
    print("".join(str(every[(x, y)] or ".") for x in range(10)))
print(every.most_common(3), (straight + Counter()).total(), straight - every == Counter())
