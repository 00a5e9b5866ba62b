from datetime import time, timezone, timedelta
t = time(12, 30, 15, 500)
print(t, repr(t), repr(time(1, 2)), repr(time(1, 2, 3)), repr(time()), t.hour, t.minute, t.second, t.microsecond)
for spec in ['auto', 'hours', 'minutes', 'seconds', 'milliseconds', 'microseconds']:
    print(spec, t.isoformat(spec))
print(time.fromisoformat('10:11:12.123'), time.fromisoformat('10:11'), time.fromisoformat('101112'), repr(time.fromisoformat('10:11:12+05:00')))
print(repr(time(1, tzinfo=timezone.utc)), time(1, tzinfo=timezone.utc), time.min, time.max, time.resolution)
print(t.replace(hour=1), time(1) < time(2), time(5) == time(5, 0, 0), t.utcoffset(), time(1, tzinfo=timezone(timedelta(hours=2))).utcoffset())
for args in [(24,), (1, 60), (1, 1, 60), (1, 1, 1, 10**6)]:
    try:
        time(*args)
    except ValueError as e:
        print('ValueError', e)
try:
    t.isoformat('bad')
except ValueError as e:
    print('ValueError', e)
