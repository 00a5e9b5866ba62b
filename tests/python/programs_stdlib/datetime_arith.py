from datetime import datetime, date, time, timedelta, timezone

d1 = date(2024, 2, 28)
for n in range(4):
    print(d1 + timedelta(days=n), (d1 + timedelta(days=n)).strftime("%a %b %d %j %U %W"))
dt = datetime(2023, 12, 31, 23, 59, 59, 999999)
print(dt + timedelta(microseconds=1))
print(repr(dt + timedelta(microseconds=1)))
print(dt - datetime(2023, 1, 1))
print(repr(dt - datetime(2023, 1, 1)))
print(datetime(2020, 1, 1) - datetime(2021, 1, 1))
td = timedelta(days=-1, seconds=5)
print(td, repr(td))
print(timedelta(hours=25, minutes=61), repr(timedelta(hours=25, minutes=61)))
print(timedelta(weeks=2, milliseconds=1500))
print(timedelta(0), repr(timedelta(0)))
print(timedelta(microseconds=-1))
print(abs(timedelta(days=-3, hours=4)))
print(timedelta(days=10) / timedelta(days=3))
print(timedelta(days=10) // timedelta(days=3))
print(timedelta(days=10) % timedelta(days=3))
print(divmod(timedelta(days=10), timedelta(days=3)))
print(timedelta(days=1) / 3)
print(timedelta(days=1) // 7)
print(timedelta(seconds=10) * 2.5)
print(timedelta(days=1, seconds=1).total_seconds())
print(timedelta(days=1).days, timedelta(days=1).seconds, timedelta(hours=-1).seconds, timedelta(hours=-1).days)
print(timedelta.max, timedelta.min, timedelta.resolution)
print(date.max, date.min, datetime.max)
print(d1 < date(2024, 3, 1), d1 == date(2024, 2, 28), d1 != date(2024, 2, 28))
print(max(date(2020, 5, 1), date(2019, 12, 31), date(2020, 4, 30)))
print(sorted([datetime(2020, 1, 1, 12), datetime(2020, 1, 1, 9), datetime(2019, 1, 1)]))
print(date(2024, 1, 1).toordinal(), date.fromordinal(738886), date.fromordinal(1))
print(date(2024, 3, 10).weekday(), date(2024, 3, 10).isoweekday(), date(2024, 3, 10).isocalendar())
ic = date(2021, 1, 3).isocalendar()
print(ic, ic.year, ic.week, ic.weekday, tuple(ic))
print(date.fromisocalendar(2020, 53, 7))
try:
    date(2023, 2, 29)
except ValueError as e:
    print(type(e).__name__, e)
try:
    datetime(2023, 13, 1)
except ValueError as e:
    print(type(e).__name__, e)
try:
    time(24, 0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    date(2020, 1, 1) + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    date(2020, 1, 1) < datetime(2020, 1, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    timedelta(days=1) / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    date.max + timedelta(days=1)
except OverflowError as e:
    print(type(e).__name__, e)
print(date(2020, 1, 1) == datetime(2020, 1, 1))
print(hash(timedelta(days=1)) == hash(timedelta(hours=24)))
print(bool(timedelta(0)), bool(timedelta(microseconds=1)))
print(-timedelta(days=1, hours=2), +timedelta(hours=3))
