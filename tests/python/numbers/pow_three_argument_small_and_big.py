# pow(base, exp, mod): small operands (a long-arithmetic path) and big ones must agree with
# CPython everywhere: signs of base and modulus, exponent 0 and 1, modulus 1 and -1, moduli near
# 2**32 and 2**63, negative exponents (modular inverse), bool operands and the errors.
import random

rng = random.Random(20261127)
cases = []
for _ in range(300):
    base = rng.randint(-10**12, 10**12)
    exp = rng.randint(0, 10**6)
    mod = rng.choice([rng.randint(1, 10**9), -rng.randint(1, 10**9), rng.randint(2**31, 2**32 + 5),
                      -rng.randint(2**31, 2**32 + 5), 10**9 + 7, 2**32 - 1, 2**32, 2**32 + 1,
                      2**63 - 1, -(2**63), 2**64 + 13, 97])
    cases.append((base, exp, mod))
total = 0
for b, e, m in cases:
    r = pow(b, e, m)
    total = (total * 31 + r) % (2**61 - 1)
print("checksum", total)
for b, e, m in [(0, 0, 5), (5, 0, 5), (7, 0, 1), (7, 5, 1), (7, 5, -1), (-7, 3, 10), (7, 3, -10), (-7, 3, -10),
                (2, 10, 1000), (True, 5, 3), (3, True, 2), (10, 20, 2**32 - 1), (2**32 - 2, 2, 2**32 - 1),
                (-1, 10**18, 2**32 - 5), (123456789, 987654321, 4294967291), (0, 5, -7), (4, -1, 7), (3, -2, 11),
                (-3, -3, 13), (2, -1, -7)]:
    print(b, e, m, pow(b, e, m))
for b, e, m in [(2, 3, 0), (2, -1, 4), (2.0, 3, 5), (2, 3.0, 5), (2, 3, 5.0), ("2", 3, 5)]:
    try:
        print(pow(b, e, m))
    except (ValueError, TypeError) as err:
        print(type(err).__name__, err)
print([pow(i, 3, 1000) for i in range(-5, 6)], sum(pow(i, i, 10**9 + 7) for i in range(2000)))
