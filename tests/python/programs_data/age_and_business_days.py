from datetime import date, timedelta
import calendar

def age(born, on):
    years = on.year - born.year - ((on.month, on.day) < (born.month, born.day))
    return years
for b in [date(1990, 2, 28), date(2000, 2, 29), date(1985, 12, 31)]:
    print(b, [age(b, d) for d in (date(2024, 2, 28), date(2024, 2, 29), date(2024, 3, 1), date(2025, 2, 28))])
HOLIDAYS = {date(2024, 12, 25), date(2024, 12, 26), date(2025, 1, 1)}
def business_days(start, end):
    d = start
    n = 0
    while d <= end:
        if d.weekday() < 5 and d not in HOLIDAYS:
            n += 1
        d += timedelta(days=1)
    return n
print(business_days(date(2024, 12, 20), date(2025, 1, 3)))
def add_business_days(d, k):
    while k > 0:
        d += timedelta(days=1)
        if d.weekday() < 5 and d not in HOLIDAYS:
            k -= 1
    return d
print(add_business_days(date(2024, 12, 23), 3), add_business_days(date(2024, 12, 27), 1).strftime("%A"))
def month_range(start, months):
    y, m = start.year, start.month
    for _ in range(months):
        last = calendar.monthrange(y, m)[1]
        yield date(y, m, 1), date(y, m, last)
        m += 1
        if m > 12:
            y, m = y + 1, 1
for a, b in month_range(date(2023, 11, 15), 5):
    print(f"{a:%b %Y}: {a.isoformat()} .. {b.isoformat()} ({(b - a).days + 1} days)")
def add_months(d, n):
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))
print([add_months(date(2024, 1, 31), k).isoformat() for k in range(-2, 5)])
def quarter(d):
    return f"Q{(d.month - 1) // 3 + 1} {d.year}"
print([quarter(date(2024, m, 1)) for m in (1, 3, 4, 9, 10, 12)])
fridays13 = [d for y in (2024, 2025, 2026) for m in range(1, 13) if (d := date(y, m, 13)).weekday() == 4]
print(fridays13)
def nth_weekday(y, m, weekday, n):
    first = date(y, m, 1)
    offset = (weekday - first.weekday()) % 7
    return first + timedelta(days=offset + 7 * (n - 1))
print(nth_weekday(2024, 11, calendar.THURSDAY, 4), nth_weekday(2024, 5, calendar.MONDAY, 1))
print(date(2024, 1, 1) + timedelta(weeks=52), (date(2024, 12, 31) - date(2024, 1, 1)).days // 7)
print(sorted([date(2024, 5, 1), date(2023, 5, 1), date(2024, 1, 1)], reverse=True)[0], date(2024, 2, 29).replace(year=2028))
date(2024, 2, 29).replace(year=2025)
