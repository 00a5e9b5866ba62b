import calendar
import datetime as dt

# Christmas on a Sunday
print([y for y in range(2008, 2122) if dt.date(y, 12, 25).weekday() == 6])
# last Friday of each month
def last_fridays(year):
    for m in range(1, 13):
        last = max(week[calendar.FRIDAY] for week in calendar.monthcalendar(year, m))
        yield dt.date(year, m, last)
for d in last_fridays(2012):
    print(d.isoformat(), d.strftime("%a %d %b"))
print([y for y in range(1896, 1921) if calendar.isleap(y)], calendar.leapdays(1900, 2001))
print(calendar.month_name[2], calendar.day_abbr[0], calendar.monthrange(2024, 2))
print(calendar.month(2024, 2))
print(dt.date(2007, 11, 10).strftime("%A, %B %d, %Y"), dt.date(2007, 11, 10).isocalendar())
d = dt.date(2024, 1, 31)
print(d + dt.timedelta(days=30), (dt.date(2025, 1, 1) - d).days, d.toordinal(), d.weekday(), d.isoweekday())
print(dt.datetime(2009, 3, 7, 19, 30) + dt.timedelta(hours=12), dt.datetime(2024, 2, 29, 13, 5, 9).strftime("%I:%M:%S %p %j"))
print(dt.timedelta(days=1, seconds=3661, microseconds=5), dt.timedelta(weeks=-1, hours=1))
print(repr(dt.date(2020, 5, 17)), repr(dt.timedelta(days=2, hours=3)), repr(dt.datetime(2020, 1, 2, 3, 4)))
print(dt.datetime.strptime("2021-07-04 09:15", "%Y-%m-%d %H:%M"), dt.date.fromisoformat("2019-12-31"))
# Discordian-style day of year, doomsday check
for y, m, dd in [(2000, 1, 1), (2010, 7, 22), (2100, 12, 31), (1800, 6, 15)]:
    date = dt.date(y, m, dd)
    print(date, calendar.day_name[date.weekday()], date.timetuple().tm_yday)
print(calendar.weekday(2038, 1, 19), dt.date.max, dt.date.min, dt.date(2024, 3, 1).replace(day=29) - dt.date(2024, 2, 1))
