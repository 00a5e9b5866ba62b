import re
from collections import deque

DRAWING = """    [D]    
[N] [C]    
[Z] [M] [P]
 1   2   3 

move 1 from 2 to 1
move 3 from 1 to 3
move 2 from 2 to 1
move 1 from 1 to 2"""

picture, moves = DRAWING.split("\n\n")
rows = picture.splitlines()
n = int(rows[-1].split()[-1])
stacks = [[] for _ in range(n)]
for row in reversed(rows[:-1]):
    for i in range(n):
        pos = 1 + 4 * i
        if pos < len(row) and row[pos].strip():
            stacks[i].append(row[pos])
print(stacks)
s1 = [list(s) for s in stacks]
s2 = [list(s) for s in stacks]
for cnt, src, dst in (map(int, re.findall(r"\d+", m)) for m in moves.splitlines()):
    for _ in range(cnt):
        s1[dst - 1].append(s1[src - 1].pop())
    s2[dst - 1].extend(s2[src - 1][-cnt:])
    del s2[src - 1][-cnt:]
print("".join(s[-1] for s in s1), "".join(s[-1] for s in s2))


def marker(stream, k):
    win = deque(maxlen=k)
    for i, ch in enumerate(stream, 1):
        win.append(ch)
        if len(set(win)) == k:
            return i
    return None


for stream in ["mjqjpqmgbljsphdztnvjfqwrcgsmlb", "bvwbjplbgvbhsrlpgdmjqwftvncz", "zcfzfwzzqfrljwzlrfnpqdbhtmscgvjw"]:
    print(marker(stream, 4), marker(stream, 14))
print(marker("aaaa", 2))

SIGNAL = """addx 15
addx -11
addx 6
addx -3
addx 5
addx -1
addx -8
addx 13
addx 4
noop
addx -1"""
x, cycle, trace = 1, 0, []
for ins in SIGNAL.splitlines():
    match ins.split():
        case ["noop"]:
            cycle += 1
            trace.append(x)
        case ["addx", v]:
            trace += [x, x]
            cycle += 2
            x += int(v)
print(cycle, x, trace)
crt = "".join("#" if abs(i % 8 - v) <= 1 else "." for i, v in enumerate(trace))
print("\n".join(crt[i:i + 8] for i in range(0, len(crt), 8)))
