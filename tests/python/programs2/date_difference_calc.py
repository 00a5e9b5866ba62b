DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
MONTH_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)

def parse(text):
    y, m, d = (int(p) for p in text.split("-"))
    if not 1 <= m <= 12:
        raise ValueError(f"month out of range in {text}")
    limit = 29 if m == 2 and is_leap(y) else DAYS_IN_MONTH[m - 1]
    if not 1 <= d <= limit:
        raise ValueError(f"day out of range in {text}")
    return y, m, d

def ordinal(y, m, d):
    days = 365 * (y - 1) + (y - 1) // 4 - (y - 1) // 100 + (y - 1) // 400
    days += sum(DAYS_IN_MONTH[:m - 1]) + (1 if m > 2 and is_leap(y) else 0)
    return days + d

def from_ordinal(n):
    y = 1
    while ordinal(y + 1, 1, 1) <= n:
        y += 400 if ordinal(y + 400, 1, 1) <= n else 1
    rem = n - ordinal(y, 1, 1)
    m = 1
    while True:
        dim = 29 if m == 2 and is_leap(y) else DAYS_IN_MONTH[m - 1]
        if rem < dim:
            return y, m, rem + 1
        rem -= dim
        m += 1

def weekday(y, m, d):
    return ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][(ordinal(y, m, d) - 1) % 7]

def pretty(date):
    y, m, d = date
    return f"{weekday(y, m, d)} {d:2d} {MONTH_NAMES[m - 1]} {y}"

pairs = [("2024-01-01", "2024-12-31"), ("1969-07-20", "2024-07-20"), ("2000-02-28", "2000-03-01"),
         ("2023-02-28", "2023-03-01"), ("2024-02-30", "2024-03-01"), ("2024-13-01", "2024-01-01")]
for a, b in pairs:
    try:
        da, db = parse(a), parse(b)
    except ValueError as e:
        print("invalid:", e)
        continue
    diff = ordinal(*db) - ordinal(*da)
    print(f"{pretty(da)} -> {pretty(db)}: {diff} days ({diff // 7} weeks {diff % 7} days)")
start = parse("2024-01-31")
for offset in (1, 29, 30, 100, 365, 1000):
    print(f"+{offset:4d} days: {pretty(from_ordinal(ordinal(*start) + offset))}")
print(weekday(2000, 1, 1), weekday(1970, 1, 1), ordinal(1, 1, 1))
