# datetime with fixed offsets only: timezone, KabulTz-like tzinfo subclass, astimezone, isoformat, arithmetic.
from datetime import datetime, date, time, timedelta, timezone, tzinfo

class KabulTz(tzinfo):
    UTC_OFFSET = timedelta(hours=4, minutes=30)
    def utcoffset(self, dt):
        return self.UTC_OFFSET
    def dst(self, dt):
        return timedelta(0)
    def tzname(self, dt):
        return "+04:30"
    def __repr__(self):
        return f"{self.__class__.__name__}()"

tz = KabulTz()
dt = datetime(1900, 11, 21, 16, 30, tzinfo=tz)
print(dt, dt.utcoffset(), dt.tzname(), dt.dst(), repr(dt))
dt2 = dt.astimezone(timezone.utc)
print(dt2, dt == dt2, dt2.astimezone(tz))
delta = timedelta(days=50, seconds=27, microseconds=10, milliseconds=29000, minutes=5, hours=8, weeks=2)
print(delta, repr(delta))
print(timedelta(microseconds=-1), (timedelta(microseconds=-1).days, timedelta(microseconds=-1).seconds))
year = timedelta(days=365)
ten_years = 10 * year
print(ten_years, ten_years.days // 365, timedelta(weeks=40, days=84, hours=23, minutes=50, seconds=600) == year)
print(year.total_seconds(), ten_years / 3, ten_years // 3, abs(-year), -year, year / timedelta(days=73), year % timedelta(days=100))
d = date(2002, 12, 31)
print(d.replace(day=26), d.isocalendar(), d.isoformat(), d.weekday(), d.isoweekday(), d.toordinal(), date.fromordinal(730920))
print(date.fromisoformat('2019-12-04'), date.fromisoformat('20191204'), date.fromisocalendar(2004, 1, 1) if hasattr(date, 'fromisocalendar') else '')
t = d.timetuple()
print(tuple(t)[:8], d.ctime(), d.strftime("%d/%m/%y"), f"The {'day'} is {d:%d}, the {'month'} is {d:%B}.")
dt = datetime.combine(date(2005, 7, 14), time(12, 30))
print(dt, datetime.fromisoformat('2011-11-04T00:05:23+04:00'), datetime.fromisoformat('2011-11-04 00:05:23.283+00:00'))
print(datetime.strptime("21/11/06 16:30", "%d/%m/%y %H:%M"), datetime.fromtimestamp(1_000_000_000, timezone.utc))
dt = datetime.strptime("21/11/06 16:30", "%d/%m/%y %H:%M")
tt = dt.timetuple()
print([getattr(tt, a) for a in ('tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_wday', 'tm_yday', 'tm_isdst')])
ic = dt.isocalendar()
print(ic, ic.year, ic.week, ic.weekday)
print(dt.strftime("%A, %d. %B %Y %I:%M%p"), 'The {1} is {0:%d}, the {2} is {0:%B}, the {3} is {0:%I:%M%p}.'.format(dt, "day", "month", "time"))
t = time(12, 10, 30, tzinfo=timezone(timedelta(hours=1), 'Europe/Prague'))
print(t, t.isoformat(), t.dst(), t.tzname(), t.strftime("%H:%M:%S %Z"), 'The {} is {:%H:%M}.'.format("time", t))
print(time.fromisoformat('04:23:01.000384'), time(4, 23, 1, 384).isoformat(timespec='milliseconds'), time(4, 23).isoformat('auto'))
print(datetime(2019, 5, 18, 15, 17, 8, 132263).isoformat(), datetime(2019, 5, 18, 15, 17, tzinfo=timezone.utc).isoformat())
print(datetime(2019, 5, 18, 15, 17, 8, 132263).isoformat(sep=' ', timespec='minutes'))
tz1 = timezone(timedelta(hours=-5, minutes=-30))
print(tz1, repr(tz1), timezone.utc, repr(timezone.utc), timezone(timedelta(0)), timezone(timedelta(hours=3), 'EAT').tzname(None))
a = datetime(2024, 3, 1, 12, tzinfo=tz1)
b = datetime(2024, 3, 1, 12, tzinfo=timezone.utc)
print(a - b, b - a, a > b, a.timestamp(), a.utctimetuple()[:6], (a + timedelta(hours=30)).isoformat())
try:
    a - datetime(2024, 3, 1)
except TypeError as e:
    print('TypeError:', e)
try:
    timezone(timedelta(hours=24))
except ValueError as e:
    print('ValueError:', e)
