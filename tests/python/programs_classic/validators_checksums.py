import re
import string


def luhn_valid(number):
    digits = [int(d) for d in str(number) if d.isdigit()]
    checksum = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        checksum += d
    return checksum % 10 == 0


def isbn10_valid(isbn):
    s = isbn.replace("-", "").upper()
    if not re.fullmatch(r"\d{9}[\dX]", s):
        return False
    total = sum((10 - i) * (10 if c == "X" else int(c)) for i, c in enumerate(s))
    return total % 11 == 0


def isbn13_check_digit(first12):
    total = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(first12))
    return (10 - total % 10) % 10


def password_strength(pw):
    checks = {
        "length>=8": len(pw) >= 8,
        "upper": any(c.isupper() for c in pw),
        "lower": any(c.islower() for c in pw),
        "digit": any(c.isdigit() for c in pw),
        "symbol": any(c in string.punctuation for c in pw),
    }
    score = sum(checks.values())
    label = ["very weak", "weak", "fair", "good", "strong", "excellent"][score]
    missing = [k for k, ok in checks.items() if not ok]
    return score, label, missing


EMAIL = re.compile(r"^[\w.+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")
PHONE = re.compile(r"^\(?(\d{3})\)?[-. ]?(\d{3})[-. ]?(\d{4})$")

for card in ("4539 1488 0343 6467", "8273 1232 7352 0569", "79927398713", "0", "1234567812345678"):
    print(f"{card:>22}: {'valid' if luhn_valid(card) else 'invalid'}")
for isbn in ("0-306-40615-2", "0306406153", "080442957X", "12345", "0-8044-2957-X"):
    print(f"{isbn:>15}: {isbn10_valid(isbn)}")
for body in ("978030640615", "978316148410"):
    print(body, "->", body + str(isbn13_check_digit(body)))
for pw in ("abc", "password1", "Passw0rd", "Tr0ub4dor&3", "correct horse battery staple", "A1!a"):
    print(f"{pw!r:32} {password_strength(pw)}")
for email in ("user@example.com", "first.last+tag@sub.domain.org", "bad@", "@bad.com", "a@b.c", "x y@z.com", "ok_1@host-name.io"):
    print(f"{email:32} {bool(EMAIL.match(email))}")
for phone in ("(555) 123-4567", "555.123.4567", "5551234567", "555-1234", "(555)123-4567"):
    m = PHONE.match(phone)
    print(f"{phone:16} {m.groups() if m else None} {'-'.join(m.groups()) if m else ''}")
print(re.sub(r"\D", "", "Tel: +1 (555) 010-9999"), re.findall(r"\d{3}", "123456789"), re.split(r"[;,]\s*", "a, b;c,d"))
