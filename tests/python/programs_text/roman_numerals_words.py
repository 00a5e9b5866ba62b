ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
def to_roman(n):
    if not 0 < n < 4000:
        raise ValueError(f"number out of range (must be 1..3999): {n!r}")
    out = []
    for value, sym in ROMAN:
        count, n = divmod(n, value)
        out.append(sym * count)
    return "".join(out)
def from_roman(s):
    vals = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
    total = 0
    for a, b in zip(s.upper(), s.upper()[1:] + " "):
        v = vals[a]
        total += -v if b != " " and vals[b] > v else v
    return total
ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
def words(n):
    if n < 0:
        return "minus " + words(-n)
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("-" + ONES[n % 10] if n % 10 else "")
    if n < 1000:
        return ONES[n // 100] + " hundred" + (" and " + words(n % 100) if n % 100 else "")
    for div, name in [(10**9, "billion"), (10**6, "million"), (1000, "thousand")]:
        if n >= div:
            q, r = divmod(n, div)
            return words(q) + " " + name + (("," if r >= 100 else " and") + " " + words(r) if r else "")
for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 444, 1666]:
    r = to_roman(n)
    print(f"{n:>5} {r:<12} {from_roman(r):>5} {words(n)}")
for n in [0, 4000, -1]:
    try:
        to_roman(n)
    except ValueError as e:
        print(type(e).__name__, e)
for n in [0, 13, 21, 100, 101, 999, 1000, 1001, 12345, 1000000, 1234567891, -45]:
    print(n, "->", words(n).capitalize())
print(from_roman("mcmxcix"), from_roman("MMXXIV"))
print("".join(chr(0x2160 + i) for i in range(12)), [c.isnumeric() for c in "ⅠⅫ"], "Ⅻ".lower(), "ⅻ".upper())
