for base in (2, 3, 8, 10, 16, 36):
    print(base, int("101", base), int("-11", base))
print(int("Z", 36), int("zz", 36), int("0o777", 8), int("0b1", 2), int("0X1f", 16))
print(int("00012"), int("0_0"), int("0", 0), int("0x10", 0), int("010", 8))
try:
    int("010", 0)
except ValueError as e:
    print(e)
def to_base(n, b):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    s = ""
    neg = n < 0
    n = abs(n)
    while n:
        n, r = divmod(n, b)
        s = digits[r] + s
    return "-" * neg + s
print(to_base(255, 2), to_base(-255, 16), to_base(10 ** 20, 36))
