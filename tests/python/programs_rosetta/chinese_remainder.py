from functools import reduce

def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - (a // b) * y

def mod_inverse(a, m):
    g, x, _ = egcd(a, m)
    if g != 1:
        raise ValueError(f"{a} has no inverse modulo {m}")
    return x % m

def crt(residues, moduli):
    prod = reduce(lambda a, b: a * b, moduli)
    total = 0
    for r, m in zip(residues, moduli):
        p = prod // m
        total += r * mod_inverse(p, m) * p
    return total % prod

print(crt([2, 3, 2], [3, 5, 7]), crt([10, 4, 12], [11, 12, 13]))
print(mod_inverse(42, 2017), pow(42, -1, 2017), egcd(240, 46))
try:
    crt([1, 2], [4, 6])
except ValueError as e:
    print("ValueError:", e)
try:
    pow(4, -1, 6)
except ValueError as e:
    print("ValueError:", e)
