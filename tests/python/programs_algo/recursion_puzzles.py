import sys
from functools import lru_cache
def hanoi_moves(n, a="A", b="B", c="C"):
    if n == 0:
        return []
    return hanoi_moves(n - 1, a, c, b) + [(a, c)] + hanoi_moves(n - 1, b, a, c)
m = hanoi_moves(3)
print(len(m), " ".join(f"{x}{y}" for x, y in m), len(hanoi_moves(10)))
def gray_code(n):
    if n == 0:
        return [""]
    prev = gray_code(n - 1)
    return ["0" + g for g in prev] + ["1" + g for g in reversed(prev)]
print(gray_code(3))
def perms(s):
    if len(s) <= 1:
        yield s
        return
    seen = set()
    for i, ch in enumerate(s):
        if ch in seen:
            continue
        seen.add(ch)
        for p in perms(s[:i] + s[i + 1:]):
            yield ch + p
print(list(perms("aab")), sum(1 for _ in perms("abcdef")))
@lru_cache(None)
def ways_to_climb(n, k=2):
    if n < 0:
        return 0
    if n == 0:
        return 1
    return sum(ways_to_climb(n - s, k) for s in range(1, k + 1))
print([ways_to_climb(n) for n in range(10)], ways_to_climb(50, 3))
def tree_repr(d, depth=0):
    lines = []
    for k in sorted(d):
        lines.append("  " * depth + str(k))
        if isinstance(d[k], dict):
            lines += tree_repr(d[k], depth + 1)
    return lines
fs = {"usr": {"bin": {"python": None}, "lib": {}}, "etc": {"hosts": None}, "home": {"ann": {"notes.txt": None}}}
print("\n".join(tree_repr(fs)))
def count_files(d):
    return sum(count_files(v) if isinstance(v, dict) else 1 for v in d.values())
print(count_files(fs))
def ackermann(m, n):
    while m:
        if n == 0:
            n = 1
        else:
            n = ackermann(m, n - 1)
        m -= 1
    return n + 1
print([ackermann(m, n) for m in range(3) for n in range(3)], ackermann(2, 10))
def mutual_even(n):
    return True if n == 0 else mutual_odd(n - 1)
def mutual_odd(n):
    return False if n == 0 else mutual_even(n - 1)
print(mutual_even(100), mutual_odd(7))
sys.setrecursionlimit(3000)
def deep(n):
    return n if n == 0 else deep(n - 1) + 1
print(deep(2500), sys.getrecursionlimit())
def bad(n):
    return bad(n + 1)
try:
    bad(0)
except RecursionError as ex:
    print(type(ex).__name__, ex)
def nested_sum(x):
    return sum(map(nested_sum, x)) if isinstance(x, list) else x
print(nested_sum([1, [2, [3, [4, [5, [6]]]]], 7]))
def compress(s):
    if not s:
        return ""
    i = len(s) - len(s.lstrip(s[0]))
    return (f"{i}{s[0]}" if i > 1 else s[0]) + compress(s[i:])
print(compress("aaabccddddde"), compress("abc"), repr(compress("")))
