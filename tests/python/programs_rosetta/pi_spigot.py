def pi_digits():
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    while True:
        if 4 * q + r - t < m * t:
            yield m
            q, r, t, k, m, x = 10 * q, 10 * (r - m * t), t, k, (10 * (3 * q + r)) // t - 10 * m, x
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2

from itertools import islice
digits = list(islice(pi_digits(), 500))
s = f"{digits[0]}." + "".join(map(str, digits[1:]))
for i in range(0, len(s), 64):
    print(s[i:i + 64])
# Machin formula with integer arithmetic
def arccot(x, unity):
    total = term = unity // x
    n, sign = 3, -1
    while term:
        term //= x * x
        total += sign * (term // n)
        sign, n = -sign, n + 2
    return total
unity = 10 ** 510
pi = 4 * (4 * arccot(5, unity) - arccot(239, unity)) // 10 ** 10
print(str(pi)[:500] == s.replace(".", ""))
# e from the series
e = sum(10 ** 100 // __import__("math").factorial(k) for k in range(80))
print(f"2.{str(e)[1:60]}")
