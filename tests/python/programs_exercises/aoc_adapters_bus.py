from collections import Counter
from itertools import pairwise
from math import prod

ADAPTERS = [28, 33, 18, 42, 31, 14, 46, 20, 48, 47, 24, 23, 49, 45, 19, 38, 39, 11, 1, 32, 25, 35, 8, 17, 7, 9, 4, 2, 34, 10, 3]
chain = [0] + sorted(ADAPTERS) + [max(ADAPTERS) + 3]
diffs = Counter(b - a for a, b in pairwise(chain))
print(diffs, diffs[1] * diffs[3])
ways = Counter({0: 1})
for j in chain[1:]:
    ways[j] = ways[j - 1] + ways[j - 2] + ways[j - 3]
print(ways[chain[-1]])

EARLIEST = 939
BUSES = "7,13,x,x,59,x,31,19"
ids = [int(b) for b in BUSES.split(",") if b != "x"]
wait, bus = min(((-EARLIEST) % b, b) for b in ids)
print(wait, bus, wait * bus)


def crt(pairs):
    total, mod = 0, prod(m for _, m in pairs)
    for r, m in pairs:
        p = mod // m
        total += r * p * pow(p, -1, m)
    return total % mod


pairs = [(-i % int(b), int(b)) for i, b in enumerate(BUSES.split(",")) if b != "x"]
print(pairs, crt(pairs))
for s in ["17,x,13,19", "67,7,59,61", "1789,37,47,1889"]:
    print(s, crt([(-i % int(b), int(b)) for i, b in enumerate(s.split(",")) if b != "x"]))

PROGRAM = """mask = XXXXXXXXXXXXXXXXXXXXXXXXXXXXX1XXXX0X
mem[8] = 11
mem[7] = 101
mem[8] = 0"""
mem = {}
for line in PROGRAM.splitlines():
    key, val = line.split(" = ")
    if key == "mask":
        ones = int(val.replace("X", "0"), 2)
        zeros = int(val.replace("X", "1"), 2)
    else:
        mem[int(key[4:-1])] = (int(val) | ones) & zeros
print(mem, sum(mem.values()), f"{ones:036b}", f"{zeros:#x}")


def van_eck(start, n):
    last = {v: i for i, v in enumerate(start[:-1])}
    cur = start[-1]
    for i in range(len(start) - 1, n - 1):
        nxt = i - last[cur] if cur in last else 0
        last[cur] = i
        cur = nxt
    return cur


print([van_eck([0, 3, 6], n) for n in (4, 5, 6, 10, 2020)], van_eck([1, 3, 2], 2020), van_eck([3, 1, 2], 30000))
