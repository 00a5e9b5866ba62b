import heapq
import string

CALORIES = """1000
2000
3000

4000

5000
6000

7000
8000
9000

10000"""
elves = [sum(map(int, block.split())) for block in CALORIES.split("\n\n")]
print(elves, max(elves), sum(heapq.nlargest(3, elves)))

RUCKS = """vJrwpWtwJgWrhcsFMMfFFhFp
jqHRNqRjqzjGDLGLrsFMfFZSrLrFZsSL
PmmdzqPrVvPwwTWBwg
wMqvLMZHhHMvwLHjbvcjnnSBnvTQFn
ttgJtRGJQctTZtZT
CrZsJsPPZsGzwwsLwLmpwMDw"""
prio = {c: i for i, c in enumerate(string.ascii_letters, 1)}
lines = RUCKS.splitlines()
part1 = 0
for line in lines:
    half = len(line) // 2
    (common,) = set(line[:half]) & set(line[half:])
    part1 += prio[common]
    print(line[:half], line[half:], common, prio[common])
groups = [lines[i:i + 3] for i in range(0, len(lines), 3)]
badges = [set.intersection(*map(set, g)).pop() for g in groups]
print(part1, badges, sum(prio[b] for b in badges))

RPS = "A Y\nB X\nC Z"
score = {"X": 1, "Y": 2, "Z": 3}
outcome = {("A", "X"): 3, ("A", "Y"): 6, ("A", "Z"): 0, ("B", "X"): 0, ("B", "Y"): 3, ("B", "Z"): 6,
           ("C", "X"): 6, ("C", "Y"): 0, ("C", "Z"): 3}
rounds = [tuple(l.split()) for l in RPS.splitlines()]
print(rounds, sum(score[b] + outcome[(a, b)] for a, b in rounds))

PAIRS = """2-4,6-8
2-3,4-5
5-7,7-9
2-8,3-7
6-6,4-6
2-6,4-8"""
contain = overlap = 0
for line in PAIRS.splitlines():
    a, b, c, d = map(int, line.replace("-", ",").split(","))
    contain += (a <= c and d <= b) or (c <= a and b <= d)
    overlap += not (b < c or d < a)
print(contain, overlap)
