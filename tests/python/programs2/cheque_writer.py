ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
SCALES = [(10 ** 9, "billion"), (10 ** 6, "million"), (1000, "thousand"), (100, "hundred")]

def spell(n):
    if n < 20:
        return ONES[n]
    if n < 100:
        t, o = divmod(n, 10)
        return TENS[t] + ("-" + ONES[o] if o else "")
    for value, name in SCALES:
        if n >= value:
            q, r = divmod(n, value)
            return f"{spell(q)} {name}" + (f" {spell(r)}" if r else "")
    raise AssertionError("unreachable")

def cheque(amount):
    if amount < 0:
        raise ValueError("negative amount")
    cents_total = round(amount * 100)
    dollars, cents = divmod(cents_total, 100)
    words = spell(dollars).capitalize()
    unit = "dollar" if dollars == 1 else "dollars"
    return f"{words} {unit} and {cents:02d}/100"

for amt in [0, 1, 0.99, 12.5, 101.01, 1234.56, 90000, 1000001.1, 2147483647.99]:
    print(f"${amt:>16,.2f}  {cheque(amt)}")
try:
    cheque(-5)
except ValueError as e:
    print("error:", e)
print(len(spell(777777777)), spell(777777777).count("seven"))
