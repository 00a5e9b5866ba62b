from datetime import date, datetime, timedelta, time, timezone

start = date(2024, 1, 29)
for i in range(4):
    d = start + timedelta(days=i * 15)
    print(d, d.strftime("%a %d %b %Y"), d.isoweekday(), d.weekday(), d.isocalendar())
print(date(2024, 3, 1) - date(2024, 2, 1), (date(2024, 12, 25) - date(2024, 1, 1)).days)
print(date(2023, 12, 31).timetuple().tm_yday, date(2024, 12, 31).timetuple().tm_yday)
print(date.fromisoformat("2024-02-29"), date.fromordinal(738000), date(2024, 1, 1).toordinal())
dt = datetime(2024, 7, 4, 9, 5, 3, 120)
print(dt, repr(dt), dt.isoformat(), dt.isoformat(sep=" ", timespec="minutes"))
print(dt.strftime("%Y-%m-%d %H:%M:%S.%f %p %I %j %U %W %%"), dt.strftime("%y %B %A %b %a"))
print(dt.date(), dt.time(), dt.replace(year=2025, microsecond=0))
print(datetime.strptime("2024-03-15 14:30", "%Y-%m-%d %H:%M"))
print(datetime.strptime("15/Mar/24 2:30 PM", "%d/%b/%y %I:%M %p"))
for s, fmt in [("2024-13-01", "%Y-%m-%d"), ("2024-02-30", "%Y-%m-%d"), ("2024-01-01x", "%Y-%m-%d"), ("abc", "%H")]:
    try:
        datetime.strptime(s, fmt)
    except ValueError as e:
        print(type(e).__name__, e)
td = timedelta(days=1, hours=25, minutes=61, seconds=3661, microseconds=5)
print(td, repr(td), td.total_seconds(), td.days, td.seconds)
print(timedelta(seconds=-1), timedelta(days=-1, hours=1), -timedelta(hours=3), abs(timedelta(-2)))
print(timedelta(hours=1) / timedelta(minutes=7), timedelta(hours=1) // timedelta(minutes=7), timedelta(hours=1) % timedelta(minutes=7))
print(timedelta(days=3) * 1.5, timedelta(weeks=1) / 4, timedelta(0), timedelta(microseconds=1))
print(repr(timedelta(0)), repr(timedelta(seconds=90)), repr(timedelta(days=-1, seconds=5)))
t = time(23, 59, 59, 999999)
print(t, t.isoformat("milliseconds"), time(7).strftime("%H:%M"), repr(time(1, 2)))
utc = datetime(2024, 1, 1, 12, tzinfo=timezone.utc)
est = timezone(timedelta(hours=-5), "EST")
print(utc, utc.astimezone(est), utc.astimezone(est).tzname(), repr(est), str(timezone(timedelta(hours=5, minutes=30))))
print(utc.isoformat(), datetime.fromisoformat("2024-05-06T07:08:09+02:00"))
print(datetime(2024, 3, 10, 1) < datetime(2024, 3, 10, 2), max(date(2020, 1, 1), date(2019, 12, 31)))
try:
    datetime(2024, 1, 1) < utc
except TypeError as e:
    print(type(e).__name__, e)
try:
    date(2023, 2, 29)
except ValueError as e:
    print(type(e).__name__, e)
try:
    date(2023, 1, 1) + 1
except TypeError as e:
    print(type(e).__name__, e)
print(f"{date(2024, 5, 1):%d.%m.%Y}", format(dt, "%H:%M"), f"{dt:%Y}{'!'}")
print(date.min, date.max, timedelta.max, timedelta.resolution)
print(datetime(2024, 2, 28) + timedelta(days=1), datetime(2023, 2, 28) + timedelta(days=1))
print(dt.timestamp() if dt.tzinfo else utc.timestamp(), datetime.fromtimestamp(0, timezone.utc))
print(dt.weekday(), dt.ctime(), date(2024, 1, 1).ctime())
datetime.strptime("2024/01/01", "%Y-%m-%d")
