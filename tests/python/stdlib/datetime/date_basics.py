from datetime import date, timedelta
d = date(2024, 2, 29)
print(d, repr(d), d.year, d.month, d.day, d.weekday(), d.isoweekday(), d.toordinal())
print(d.isocalendar(), d.isocalendar().week, tuple(d.isocalendar()))
print(date.fromordinal(738945), d.replace(day=1), d.replace(year=2023, day=28))
print(d + timedelta(days=1), d - date(2024, 1, 1), d - timedelta(days=60), timedelta(days=3) + d)
print(date.min, date.max, date.resolution, date(2020, 1, 1) < date(2020, 1, 2), date(2020, 1, 1) == date(2020, 1, 1))
print(sorted([date(2020, 5, 1), date(2019, 1, 1)]), {date(2020, 1, 1): 1}[date(2020, 1, 1)])
print(d.timetuple())
for args in [(0, 1, 1), (2023, 2, 29), (2023, 13, 1), (2023, 0, 1), (10000, 1, 1)]:
    try:
        date(*args)
    except ValueError as e:
        print('ValueError', e)
try:
    date(2020.0, 1, 1)
except TypeError as e:
    print('TypeError', e)
