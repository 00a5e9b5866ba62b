def halve(x): return x // 2
def double(x): return x * 2
def even(x): return not x % 2

def ethiopian(a, b, tutor=True):
    if tutor:
        print(f"Ethiopian multiplication of {a} and {b}")
    result = 0
    while a >= 1:
        keep = not even(a)
        if tutor:
            print(f"{a:>6} {b:>6} {'KEPT' if keep else 'STRUCK'}")
        if keep:
            result += b
        a, b = halve(a), double(b)
    if tutor:
        print(f"{'':>6} {result:>6}")
    return result

print(ethiopian(17, 34))
print(all(ethiopian(a, b, False) == a * b for a in range(50) for b in range(50)))
def russian_peasant(a, b):
    return sum(b << i for i in range(a.bit_length()) if a >> i & 1)
print(russian_peasant(123456789, 987654321) == 123456789 * 987654321)
def long_multiplication(x, y):
    xs, ys = list(map(int, reversed(x))), list(map(int, reversed(y)))
    res = [0] * (len(xs) + len(ys))
    for i, a in enumerate(xs):
        for j, b in enumerate(ys):
            res[i + j] += a * b
    carry = 0
    for k in range(len(res)):
        carry, res[k] = divmod(res[k] + carry, 10)
    return "".join(map(str, reversed(res))).lstrip("0") or "0"
print(long_multiplication("18446744073709551616", "18446744073709551616"), 2 ** 128)
