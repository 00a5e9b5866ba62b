from fractions import Fraction
from itertools import permutations, product

OPS = "+-*/"
def solve(digits, target=24):
    found = []
    for nums in sorted(set(permutations(digits))):
        for ops in product(OPS, repeat=3):
            a, b, c, d = nums
            o1, o2, o3 = ops
            for expr in (f"(({a}{o1}{b}){o2}{c}){o3}{d}", f"({a}{o1}({b}{o2}{c})){o3}{d}", f"({a}{o1}{b}){o2}({c}{o3}{d})",
                         f"{a}{o1}(({b}{o2}{c}){o3}{d})", f"{a}{o1}({b}{o2}({c}{o3}{d}))"):
                try:
                    v = eval(expr, {"__builtins__": {}}, {})
                except ZeroDivisionError:
                    continue
                if abs(v - target) < 1e-9:
                    found.append(expr)
    return found

for digits in [(1, 2, 3, 4), (6, 7, 9, 5), (1, 1, 1, 1), (3, 3, 8, 8), (1, 5, 5, 5)]:
    sols = solve(digits)
    print(digits, len(sols), sols[:3])
print(Fraction(8) / (3 - Fraction(8, 3)), eval("8/(3-8/3)"))
