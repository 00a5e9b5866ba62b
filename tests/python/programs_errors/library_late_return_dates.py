# Computing late fees from loan records: date arithmetic, missing data, and rounding of money.
from datetime import date, timedelta
from decimal import Decimal, ROUND_HALF_UP

FEE_PER_DAY = Decimal("0.25")
loans = [
    ("B1", "2024-03-01", "2024-03-20", "2024-03-25"),
    ("B2", "2024-03-05", "2024-03-19", "2024-03-18"),
    ("B3", "2024-02-28", "2024-03-13", None),
    ("B4", "2024-02-30", "2024-03-13", "2024-03-14"),
    ("B5", "2024-03-01", "20240320", "2024-03-21"),
    ("B6", "2024-03-10", "2024-03-01", "2024-03-02"),
]

def parse(text):
    return date.fromisoformat(text)

total = Decimal(0)
for book, out, due, back in loans:
    try:
        d_out, d_due = parse(out), parse(due)
        if d_due < d_out:
            raise ValueError(f"{book}: due {d_due} before checkout {d_out}")
        d_back = parse(back)
        late = (d_back - d_due).days
        fee = (FEE_PER_DAY * max(late, 0)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        total += fee
        print(f"{book}: {late:+d} days, fee {fee}")
    except TypeError as e:
        print(f"{book}: not returned ({type(e).__name__}: {e})")
    except ValueError as e:
        print(f"{book}: ValueError: {e}")
print("total fees", total)
try:
    print(date(2024, 3, 1) + 5)
except TypeError as e:
    print("TypeError:", e)
try:
    print(timedelta(days=1) * 1.5, timedelta(days=1) * "2")
except TypeError as e:
    print("TypeError:", e)
try:
    print(date(2024, 3, 1) - "2024-02-01")
except TypeError as e:
    print("TypeError:", e)
try:
    print(sum([timedelta(days=1), timedelta(hours=5)]))
except TypeError as e:
    print("TypeError:", e)
print(sum([timedelta(days=1), timedelta(hours=5)], timedelta()))
try:
    Decimal("0.25") * 1.5
except TypeError as e:
    print("TypeError:", e)
print(Decimal("0.25") * 3, Decimal("10") / 4, Decimal("7").quantize(Decimal("0.1")))
print(parse("2024-13-01"))
