import calendar
import datetime


def is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


years = [1900, 2000, 2004, 2019, 2020, 2100, 2400, 1600, 1]
for y in years:
    print(f"{y:>5}: {'leap' if is_leap(y) else 'common':<6} calendar={calendar.isleap(y)}")
print(calendar.leapdays(1900, 2025))
print([y for y in range(1990, 2031) if is_leap(y)])
print(calendar.monthrange(2024, 2), calendar.monthrange(2023, 2))
print(calendar.month(2024, 2))
print(calendar.weekday(2024, 7, 4), calendar.day_name[calendar.weekday(2024, 7, 4)])
print(list(calendar.month_name)[1:4], list(calendar.month_abbr)[-3:])
d = datetime.date(2024, 2, 29)
print(d, d.isoformat(), d.weekday(), d.isoweekday(), d.strftime("%A %d %B %Y"))
print(d.replace(year=2028))
try:
    d.replace(year=2023)
except ValueError as e:
    print(type(e).__name__, e)
print(datetime.date(2024, 12, 31).timetuple().tm_yday, datetime.date(2023, 12, 31).timetuple().tm_yday)
print(datetime.date(2024, 3, 1) - datetime.date(2024, 2, 1))
print((datetime.date(2025, 1, 1) - datetime.date(2024, 1, 1)).days)
for m in range(1, 13):
    print(calendar.month_abbr[m], calendar.monthrange(2024, m)[1], end="; ")
print()
print(calendar.TextCalendar(calendar.SUNDAY).formatmonth(2023, 9))
try:
    datetime.date(2023, 2, 29)
except ValueError as e:
    print(type(e).__name__, e)
try:
    datetime.date(2023, 13, 1)
except ValueError as e:
    print(type(e).__name__, e)
