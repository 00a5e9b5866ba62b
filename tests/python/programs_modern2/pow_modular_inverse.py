# pow(base, -1, mod) computes modular inverses (3.8).
print(pow(38, -1, 97), 23 * 38 % 97, pow(3, -2, 7), pow(2, -1, 1))
for args in [(2, -1, 4), (0, -1, 5), (2, 3, 0), (2.0, 3, 5)]:
    try:
        print(pow(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(pow(5, 0, 1), pow(-3, 3, 7), pow(3, 3, -7), pow(base=2, exp=10, mod=1000))
