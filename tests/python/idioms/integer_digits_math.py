def digits(n):
    return [int(d) for d in str(abs(n))]
def reverse_int(n):
    sign = -1 if n < 0 else 1
    return sign * int(str(abs(n))[::-1])
def is_armstrong(n):
    ds = digits(n)
    return n == sum(d ** len(ds) for d in ds)
def digital_root(n):
    while n >= 10:
        n = sum(digits(n))
    return n
print(digits(90210), reverse_int(-1200), reverse_int(123))
print([n for n in range(1, 10000) if is_armstrong(n)])
print([digital_root(n) for n in (0, 9, 38, 123456789)])
perfect = [n for n in range(2, 10000) if sum(d for d in range(1, n // 2 + 1) if n % d == 0) == n]
print(perfect)
print(sum(range(1, 101)), sum(x for x in range(1000) if x % 3 == 0 or x % 5 == 0))
print(int(str(2 ** 20)[::-1]))
