# datetime: tzinfo subclasses from the documentation with fixed DST rules (GMT1/GMT2 style), fold, utcoffset arithmetic.
from datetime import datetime, timedelta, tzinfo, timezone, date

class GMT1(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=1) + self.dst(dt)
    def dst(self, dt):
        d = datetime(dt.year, 4, 1)
        self.dston = d - timedelta(days=d.weekday() + 1)
        d = datetime(dt.year, 11, 1)
        self.dstoff = d - timedelta(days=d.weekday() + 1)
        if self.dston <= dt.replace(tzinfo=None) < self.dstoff:
            return timedelta(hours=1)
        else:
            return timedelta(0)
    def tzname(self, dt):
        return "GMT +1"

class GMT2(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=2) + self.dst(dt)
    def dst(self, dt):
        d = datetime(dt.year, 4, 1)
        self.dston = d - timedelta(days=d.weekday() + 1)
        d = datetime(dt.year, 11, 1)
        self.dstoff = d - timedelta(days=d.weekday() + 1)
        if self.dston <= dt.replace(tzinfo=None) < self.dstoff:
            return timedelta(hours=1)
        else:
            return timedelta(0)
    def tzname(self, dt):
        return "GMT +2"

gmt1 = GMT1()
dt1 = datetime(2006, 11, 21, 16, 30, tzinfo=gmt1)
print(dt1.dst(), dt1.utcoffset(), dt1.tzname(), dt1)
dt2 = datetime(2006, 6, 14, 13, 0, tzinfo=gmt1)
print(dt2.dst(), dt2.utcoffset(), dt2.isoformat())
dt3 = dt2.astimezone(GMT2())
print(dt3, dt2, dt2.utctimetuple() == dt3.utctimetuple(), dt2 == dt3, dt3 - dt2)
print(dt1.timetuple().tm_isdst, dt2.timetuple().tm_isdst, dt2.utctimetuple().tm_hour)
print(dt1.replace(tzinfo=None), dt1.replace(tzinfo=timezone.utc) - dt1, dt1.astimezone(timezone.utc))
d1 = datetime(2021, 10, 31, 1, 30, fold=0)
d2 = d1.replace(fold=1)
print(d1 == d2, d1.fold, d2.fold, repr(d2), d2.isoformat())
class Broken(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=30)
try:
    datetime(2020, 1, 1, tzinfo=Broken()).utcoffset()
except ValueError as e:
    print('ValueError:', e)
class Naive(tzinfo):
    def utcoffset(self, dt):
        return None
n = datetime(2020, 1, 1, tzinfo=Naive())
print(n.utcoffset(), n.isoformat())
try:
    n.tzname()
except NotImplementedError as e:
    print('NotImplementedError:', e)
try:
    Naive().fromutc(n)
except ValueError as e:
    print('ValueError:', e)
try:
    n < datetime(2020, 1, 1, tzinfo=timezone.utc)
except TypeError as e:
    print('TypeError:', e)
class Minutes(tzinfo):
    def utcoffset(self, dt):
        return timedelta(minutes=-90, seconds=30)
    def dst(self, dt):
        return timedelta(0)
    def tzname(self, dt):
        return None
m = datetime(2020, 5, 5, 12, tzinfo=Minutes())
print(m.isoformat(), m.strftime('%z|%Z|'), m.astimezone(timezone.utc))
print(datetime(2020, 5, 5, tzinfo=timezone(timedelta(hours=5, minutes=45))).strftime('%z %Z'), timezone(timedelta(hours=-3)).tzname(None))
print(datetime.min, datetime.max, date.resolution, timedelta.max, timedelta.min, timedelta.resolution)
try:
    datetime.max + timedelta(days=1)
except OverflowError as e:
    print('OverflowError:', e)
