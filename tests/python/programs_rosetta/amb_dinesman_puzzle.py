from itertools import permutations, product

def amb(*choices, constraint):
    for combo in product(*choices):
        if constraint(*combo):
            yield combo

words = (["the", "that", "a"], ["frog", "elephant", "thing"], ["walked", "treaded", "grows"], ["slowly", "quickly"])
print(next(amb(*words, constraint=lambda a, b, c, d: a[-1] == b[0] and b[-1] == c[0] and c[-1] == d[0])))
names = ["Baker", "Cooper", "Fletcher", "Miller", "Smith"]
for floors in permutations(range(1, 6)):
    b, c, f, m, s = floors
    if b != 5 and c != 1 and f not in (1, 5) and m > c and abs(s - f) != 1 and abs(f - c) != 1:
        print(", ".join(f"{n} on {fl}" for n, fl in sorted(zip(names, floors), key=lambda t: t[1])))
def send_more_money():
    for p in permutations(range(10), 8):
        s, e, n, d, m, o, r, y = p
        if s == 0 or m == 0:
            continue
        if (1000 * s + 100 * e + 10 * n + d) + (1000 * m + 100 * o + 10 * r + e) == 10000 * m + 1000 * o + 100 * n + 10 * e + y:
            return p
print(send_more_money())
