import math
G = 7
COEF = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
        -176.61502916214059, 12.507343278686905, -0.13857109526572012,
        9.9843695780195716e-6, 1.5056327351493116e-7]

def lanczos_gamma(z):
    if z < 0.5:
        return math.pi / (math.sin(math.pi * z) * lanczos_gamma(1 - z))
    z -= 1
    x = COEF[0] + sum(c / (z + i) for i, c in enumerate(COEF[1:], 1))
    t = z + G + 0.5
    return math.sqrt(2 * math.pi) * t ** (z + 0.5) * math.exp(-t) * x

def stirling(x):
    return math.sqrt(2 * math.pi / x) * (x / math.e) ** x

print(f"{'x':>5} {'lanczos':>14} {'math.gamma':>14} {'stirling':>14}")
for i in range(1, 11):
    x = i / 3
    print(f"{x:5.2f} {lanczos_gamma(x):14.8f} {math.gamma(x):14.8f} {stirling(x):14.8f}")
print(math.gamma(5), math.gamma(0.5) ** 2, math.factorial(20), math.gamma(21))
print(round(math.lgamma(100), 6), math.erf(0), round(math.erfc(1), 10), math.log(8, 2), math.log2(1024), math.log10(0.001))
print(math.exp(0), math.expm1(1e-10), math.log1p(1e-10), math.cbrt(27), math.exp2(10), math.degrees(math.pi), math.radians(180))
try:
    math.gamma(0)
except ValueError as e:
    print("ValueError:", e)
try:
    math.gamma(-2)
except ValueError as e:
    print("ValueError:", e)
try:
    math.log(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.exp(1000)
except OverflowError as e:
    print("OverflowError:", e)
