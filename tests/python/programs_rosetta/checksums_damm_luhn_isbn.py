DAMM = [
    [0, 3, 1, 7, 5, 9, 8, 6, 4, 2], [7, 0, 9, 2, 1, 5, 4, 8, 6, 3],
    [4, 2, 0, 6, 8, 7, 1, 3, 5, 9], [1, 7, 5, 0, 9, 8, 3, 4, 2, 6],
    [6, 1, 2, 3, 0, 4, 5, 9, 7, 8], [3, 6, 7, 4, 2, 0, 9, 5, 8, 1],
    [5, 8, 6, 9, 7, 2, 0, 1, 3, 4], [8, 9, 4, 5, 3, 6, 2, 0, 1, 7],
    [9, 4, 3, 8, 6, 1, 7, 2, 0, 5], [2, 5, 8, 1, 4, 3, 6, 7, 9, 0]]

def damm(num):
    row = 0
    for d in str(num):
        row = DAMM[row][int(d)]
    return row == 0

def luhn(n):
    digits = [int(c) for c in reversed(str(n))]
    total = sum(digits[0::2]) + sum(sum(divmod(2 * d, 10)) for d in digits[1::2])
    return total % 10 == 0

def isbn13(s):
    digits = [int(c) for c in s if c.isdigit()]
    return len(digits) == 13 and sum(d * (3 if i % 2 else 1) for i, d in enumerate(digits)) % 10 == 0

def isbn10(s):
    s = s.replace("-", "")
    total = sum((10 - i) * (10 if c == "X" else int(c)) for i, c in enumerate(s))
    return total % 11 == 0

for n in (5724, 5727, 112946, 112949):
    print(f"damm {n:7}: {'valid' if damm(n) else 'invalid'}")
for n in (49927398716, 49927398717, 1234567812345678, 1234567812345670):
    print(f"luhn {n}: {luhn(n)}")
for s in ("978-0596528126", "978-0596528120", "978-1788399081", "978-1788399083"):
    print(f"{s}: {'good' if isbn13(s) else 'bad'}")
print(isbn10("0-306-40615-2"), isbn10("0-8044-2957-X"), isbn10("0-306-40615-3"))
