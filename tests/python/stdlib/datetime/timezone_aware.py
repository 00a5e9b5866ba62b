from datetime import datetime, timezone, timedelta, tzinfo
import datetime as dt
u = datetime(2020, 5, 17, 10, 0, tzinfo=timezone.utc)
print(u, repr(u), u.timestamp(), u.utcoffset(), u.tzname(), u.dst())
print(u.astimezone(timezone(timedelta(hours=-5))), u.astimezone(timezone(timedelta(hours=5, minutes=30), 'IST')).tzname())
print(repr(timezone(timedelta(hours=1))), repr(timezone(timedelta(hours=1), 'X')), str(timezone(timedelta(hours=-3, minutes=-30))))
print(timezone.utc, repr(timezone(timedelta(0))), timezone.min, timezone.max, dt.UTC is timezone.utc, timezone(timedelta(seconds=90)))
a = datetime(2020, 1, 1, tzinfo=timezone.utc)
b = datetime(2020, 1, 1, 1, tzinfo=timezone(timedelta(hours=1)))
print(a == b, hash(a) == hash(b), b - a, datetime(2020, 1, 1) == a)
for f in [lambda: datetime(2020, 1, 1) < a, lambda: datetime(2020, 1, 1) - a, lambda: timezone(timedelta(hours=24)), lambda: timezone(5)]:
    try:
        f()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
class EST(tzinfo):
    def utcoffset(self, d): return timedelta(hours=-5)
    def dst(self, d): return timedelta(0)
    def tzname(self, d): return 'EST'
    def __repr__(self): return 'EST()'
e = datetime(2020, 1, 1, 12, tzinfo=EST())
print(e, repr(e), e.astimezone(timezone.utc), e.tzname(), e.utcoffset(), e.dst(), e.timetuple().tm_isdst)
