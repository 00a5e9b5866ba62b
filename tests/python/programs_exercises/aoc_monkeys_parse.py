import math
import operator
import re
from dataclasses import dataclass, field
from collections import deque
from typing import Callable, Deque

NOTES = """Monkey 0:
  Starting items: 79, 98
  Operation: new = old * 19
  Test: divisible by 23
    If true: throw to monkey 2
    If false: throw to monkey 3

Monkey 1:
  Starting items: 54, 65, 75, 74
  Operation: new = old + 6
  Test: divisible by 19
    If true: throw to monkey 2
    If false: throw to monkey 0

Monkey 2:
  Starting items: 79, 60, 97
  Operation: new = old * old
  Test: divisible by 13
    If true: throw to monkey 1
    If false: throw to monkey 3

Monkey 3:
  Starting items: 74
  Operation: new = old + 3
  Test: divisible by 17
    If true: throw to monkey 0
    If false: throw to monkey 1"""


@dataclass
class Monkey:
    items: Deque[int]
    op: Callable[[int], int] = field(repr=False)
    div: int
    yes: int
    no: int
    seen: int = 0


def parse(text):
    ms = []
    for block in text.split("\n\n"):
        lines = block.splitlines()
        items = deque(map(int, re.findall(r"\d+", lines[1])))
        sym, arg = lines[2].split()[-2:]
        fn = {"*": operator.mul, "+": operator.add}[sym]
        op = (lambda old, fn=fn: fn(old, old)) if arg == "old" else (lambda old, fn=fn, a=int(arg): fn(old, a))
        nums = [int(re.search(r"\d+", l).group()) for l in lines[3:]]
        ms.append(Monkey(items, op, *nums))
    return ms


def play(rounds, relief):
    ms = parse(NOTES)
    mod = math.lcm(*(m.div for m in ms))
    for _ in range(rounds):
        for m in ms:
            while m.items:
                w = m.op(m.items.popleft())
                w = w // 3 if relief else w % mod
                m.seen += 1
                ms[m.yes if w % m.div == 0 else m.no].items.append(w)
    return ms


ms = play(20, True)
for m in ms:
    print(m)
a, b = sorted(m.seen for m in ms)[-2:]
print(a * b)
ms = play(10000, False)
print([m.seen for m in ms], math.prod(sorted(m.seen for m in ms)[-2:]))
