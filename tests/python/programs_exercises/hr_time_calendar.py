import calendar
import datetime as dt
from datetime import datetime, timedelta, timezone


def time_conversion(s):
    return datetime.strptime(s, "%I:%M:%S%p").strftime("%H:%M:%S")


print([time_conversion(s) for s in ("07:05:45PM", "12:01:00AM", "12:40:22PM", "01:00:00AM")])

# Calendar module: the day of a date
m, d, y = map(int, "08 05 2015".split())
print(calendar.day_name[calendar.weekday(y, m, d)].upper(), calendar.day_abbr[dt.date(y, m, d).weekday()])

# Time delta between two timestamps with time zones
fmt = "%a %d %b %Y %H:%M:%S %z"
pairs = [("Sun 10 May 2015 13:54:36 -0700", "Sun 10 May 2015 13:54:36 -0000"),
         ("Sat 02 May 2015 19:54:36 +0530", "Fri 01 May 2015 13:54:36 -0000")]
for a, b in pairs:
    ta, tb = datetime.strptime(a, fmt), datetime.strptime(b, fmt)
    print(int(abs((ta - tb).total_seconds())), ta.utcoffset(), tb.tzinfo, ta.isoformat())

start = datetime(2024, 1, 31, 22, 30)
for delta in (timedelta(hours=3), timedelta(days=29), timedelta(weeks=-5), timedelta(minutes=1, microseconds=5)):
    print(start + delta, repr(delta), str(delta))
print(timedelta(days=1, hours=-1), timedelta(seconds=-1), timedelta(days=400).days, divmod(timedelta(hours=5), timedelta(hours=2)))
print(calendar.monthcalendar(2024, 2))
print(calendar.month(2024, 2, w=3))
print([calendar.month_name[i] for i in (1, 6, 12)], calendar.leapdays(1900, 2025), list(calendar.Calendar(firstweekday=6).iterweekdays()))
dts = [datetime(2023, 5, d, h) for d, h in ((3, 10), (1, 9), (3, 8))]
print(sorted(dts), max(dts).strftime("%d/%m/%y %H%M"), datetime(2024, 12, 31).timetuple().tm_yday)
u = datetime(2020, 1, 1, tzinfo=timezone.utc)
print(u, u.astimezone(timezone(timedelta(hours=5, minutes=30))), timezone(timedelta(hours=-3)), repr(timezone.utc))
print(dt.date(2024, 3, 10).isocalendar(), dt.date.fromordinal(738000), dt.date(2000, 1, 1).toordinal(), dt.date.min, dt.time.max)
