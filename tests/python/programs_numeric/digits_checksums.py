# Digit manipulation: Luhn, ISBN, digital roots, Armstrong numbers, palindromes, base digit sums.
def luhn_ok(number):
    digits = [int(d) for d in str(number)][::-1]
    total = 0
    for i, d in enumerate(digits):
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0
for n in (79927398713, 4539578763621486, 1234567812345678, 49927398716):
    print(n, luhn_ok(n))
def isbn10_ok(s):
    s = s.replace('-', '')
    total = sum((10 - i) * (10 if c == 'X' else int(c)) for i, c in enumerate(s))
    return total % 11 == 0
def isbn13_check(s):
    s = s.replace('-', '')
    total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(s[:12]))
    return (10 - total % 10) % 10
print(isbn10_ok('0-306-40615-2'), isbn10_ok('0-306-40615-3'), isbn10_ok('0-8044-2957-X'), isbn13_check('978-0-306-40615-7'))
def digital_root(n):
    while n >= 10:
        n = sum(map(int, str(n)))
    return n
print([digital_root(n) for n in (0, 9, 38, 123456789, 2 ** 100)], [1 + (n - 1) % 9 for n in (38, 123456789)])
arm = [n for n in range(1, 100000) if n == sum(int(d) ** len(str(n)) for d in str(n))]
print(arm)
pal = [n for n in range(10, 2000) if str(n) == str(n)[::-1] and str(n * n) == str(n * n)[::-1]]
print(pal)
def digits_in_base(n, b):
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(r)
    return out[::-1] or [0]
for b in (2, 3, 7, 16, 60):
    print(b, digits_in_base(2024, b), sum(digits_in_base(2 ** 64, b)))
print(int(''.join(sorted(str(9876543210 * 7)))), sorted(str(2 ** 32), reverse=True), max(int(c) for c in str(3 ** 100)))
print([n for n in range(1, 200) if n % sum(map(int, str(n))) == 0][:25])
