import datetime as dt
import calendar
long_years = [y for y in range(2000, 2101) if dt.date(y, 12, 28).isocalendar()[1] == 53]
print("ISO long years:", long_years)
def doomsday(y, m, d):
    anchor = (2 + 5 * (y % 4) + 4 * (y % 100) + 6 * (y % 400)) % 7
    leap = calendar.isleap(y)
    dooms = [4 if leap else 3, 1 if leap else 7, 7, 4, 2, 6, 4, 1, 5, 3, 7, 5]
    return calendar.day_name[(anchor + d - dooms[m - 1] - 1) % 7]
for date in [(1800, 1, 6), (1875, 3, 29), (1915, 12, 7), (1970, 12, 23), (2043, 5, 14), (2077, 2, 12), (2101, 4, 2)]:
    print(date, doomsday(*date), calendar.day_name[dt.date(*date).weekday()])
def five_weekend_months(start, end):
    return [(y, m) for y in range(start, end + 1) for m in (1, 3, 5, 7, 8, 10, 12) if dt.date(y, m, 1).weekday() == 4]
fw = five_weekend_months(1900, 2100)
print(len(fw), fw[:5], fw[-5:])
print(len({y for y in range(1900, 2101)} - {y for y, _ in fw}))
easter = []
for y in (2000, 2024, 2025, 2038):
    a, b, c = y % 19, y // 100, y % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25; g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    easter.append(dt.date(y, month, day + 1).strftime("%Y-%m-%d %a"))
print(easter)
