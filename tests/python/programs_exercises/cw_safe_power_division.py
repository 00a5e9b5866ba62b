# Kata: "safe" power and division helpers that report errors the way Python words them
def safe_pow(*args):
    try:
        return repr(pow(*args))
    except (TypeError, ValueError, ZeroDivisionError, OverflowError) as e:
        return f"{type(e).__name__}: {e}"


def safe_div(a, b):
    try:
        return repr(a / b)
    except ZeroDivisionError as e:
        return f"ZeroDivisionError: {e}"


CASES = [(2, 10), (2, 10, 1000), (2, -1, 7), (3, -1, 6), (2.0, 3), (2, 0.5), (-8, 1 / 3), (0, -1), (0.0, -1),
         (2, 3, 7.0), (2.0, 3, 7), (2, 0.5, 7), (0.5, "x", 7), (0.5, (1, 2), 7), (0.5, 1 + 2j, 7), (2, "x", 7.0),
         ("x", 2, 7.0), (1j, 2, 3), (2, 1j, 3), (2, 3, 1j), ("x", 2, 1j), (2, 3, "x"), (2, 3, 0), (10 ** 400, 0.5),
         (10.0, 400), (2, 2 ** 70, 2 ** 61 - 1)]
for args in CASES:
    print(f"pow{args!r:<32} -> {safe_pow(*args)}")
for a, b in [(0, -5), (0, -(2 ** 64)), (-0, 7), (0, -1.0), (0.0, -(2 ** 80)), (-(2 ** 64), 2 ** 64), (1, 3), (10 ** 30, -(10 ** 10)),
             (2 ** 1100, 2 ** 1000), (1, 2 ** 1100), (-1, 2 ** 1100), (5, 0), (5.0, 0), (0, 0.0)]:
    print(f"{a!r:>10.10} / {b!r:<12.12} = {safe_div(a, b)}")
zero = 0
zero /= -(2 ** 70)
print(zero, -zero, abs(zero), zero == 0, str(zero), f"{zero:+.1f}", round(zero), int(zero))
