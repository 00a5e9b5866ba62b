from datetime import datetime, timedelta, timezone, date, time, tzinfo

utc = timezone.utc
est = timezone(timedelta(hours=-5), "EST")
ist = timezone(timedelta(hours=5, minutes=30))
meeting = datetime(2024, 6, 1, 15, 0, tzinfo=utc)
for tz in (utc, est, ist):
    local = meeting.astimezone(tz)
    print(local, local.tzname(), local.utcoffset(), local.strftime("%H:%M %Z %z"))
print(meeting == meeting.astimezone(est), meeting.astimezone(est) - meeting)
naive = datetime(2024, 6, 1, 15, 0)
try:
    naive < meeting
except TypeError as e:
    print(type(e).__name__, e)
try:
    naive - meeting
except TypeError as e:
    print(type(e).__name__, e)
print(naive == meeting)
print(naive.replace(tzinfo=utc) == meeting, naive.tzinfo, meeting.tzinfo)
print(timezone(timedelta(0)) == utc, timezone(timedelta(hours=1)) == timezone(timedelta(hours=1), "X"))
print(repr(timezone(timedelta(minutes=-90))), str(timezone(timedelta(minutes=-90))), timezone.min, timezone.max)
try:
    timezone(timedelta(hours=24))
except ValueError as e:
    print(type(e).__name__, e)
try:
    timezone("x")
except TypeError as e:
    print(type(e).__name__, e)
class Fixed(tzinfo):
    def __init__(self, minutes, name):
        self._off = timedelta(minutes=minutes)
        self._name = name
    def utcoffset(self, dt):
        return self._off
    def tzname(self, dt):
        return self._name
    def dst(self, dt):
        return timedelta(0)
    def __repr__(self):
        return f"Fixed({self._name})"
f = Fixed(-150, "NST")
d = datetime(2020, 1, 1, 12, tzinfo=f)
print(d, repr(d), d.utcoffset(), d.astimezone(utc), d.isoformat(), d.strftime("%z|%Z|%:z" if False else "%z|%Z"))
print(d.timetz(), d.timetz().utcoffset(), time(10, tzinfo=est).isoformat(), time(10, tzinfo=est).tzname())
print(datetime.fromisoformat("2024-01-01T00:00:00+05:30").tzinfo, datetime.fromisoformat("2024-01-01T00:00:00-00:00").tzinfo)
print(datetime(2024, 3, 10, tzinfo=utc).timestamp(), datetime.fromtimestamp(0, utc), datetime.fromtimestamp(1.5, tz=est))
print(sorted([datetime(2024, 1, 1, 12, tzinfo=est), datetime(2024, 1, 1, 12, tzinfo=utc), datetime(2024, 1, 1, 12, tzinfo=ist)]))
print(meeting.utctimetuple()[:6], meeting.astimezone(est).utctimetuple()[:6])
print(hash(meeting) == hash(meeting.astimezone(est)))
print(datetime.combine(date(2024, 2, 29), time(23, 59, tzinfo=ist)))
print(datetime(2024, 1, 1, tzinfo=utc).astimezone(timezone(timedelta(hours=14))).date())
