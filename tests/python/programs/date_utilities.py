DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
def is_leap(y):
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
def days_in_month(y, m):
    return 29 if m == 2 and is_leap(y) else DAYS_IN_MONTH[m - 1]
def day_number(y, m, d):
    days = sum(366 if is_leap(yy) else 365 for yy in range(1, y))
    days += sum(days_in_month(y, mm) for mm in range(1, m))
    return days + d
def weekday(y, m, d):
    return NAMES[(day_number(y, m, d) - 1) % 7]
def add_days(y, m, d, n):
    d += n
    while d > days_in_month(y, m):
        d -= days_in_month(y, m)
        m += 1
        if m > 12:
            m, y = 1, y + 1
    return y, m, d
for date in [(2000, 1, 1), (1969, 7, 20), (2024, 2, 29), (1999, 12, 31)]:
    print("%04d-%02d-%02d" % date, weekday(*date))
print(add_days(2023, 12, 25, 10), add_days(2024, 2, 28, 1), add_days(2023, 2, 28, 1), add_days(2020, 1, 1, 366))
print(day_number(2024, 12, 31) - day_number(2024, 1, 1) + 1)
print([y for y in range(1896, 1920) if is_leap(y)])
def calendar(y, m):
    lines = [f"{['Jan','Feb','Mar','Apr','May','Jun','Jul','Aug','Sep','Oct','Nov','Dec'][m - 1]} {y}".center(20), "Mo Tu We Th Fr Sa Su"]
    start = NAMES.index(weekday(y, m, 1))
    cells = ["  "] * start + [f"{d:2d}" for d in range(1, days_in_month(y, m) + 1)]
    for i in range(0, len(cells), 7):
        lines.append(" ".join(cells[i:i + 7]))
    return "\n".join(lines)
print(calendar(2024, 2))
