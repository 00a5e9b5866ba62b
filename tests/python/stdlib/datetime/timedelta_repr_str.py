from datetime import timedelta
for td in [timedelta(days=1, hours=1), timedelta(), timedelta(seconds=-1), timedelta(days=2, microseconds=5),
           timedelta(weeks=1, milliseconds=1.5), timedelta(hours=1.5), timedelta(days=0.1), timedelta(microseconds=0.5),
           timedelta(microseconds=1.5), timedelta(days=-1, seconds=86399), timedelta(minutes=-90)]:
    print(repr(td), '|', td, '|', td.days, td.seconds, td.microseconds, td.total_seconds())
print(timedelta.min, timedelta.max, timedelta.resolution)
try:
    timedelta(days=1e9)
except OverflowError as e:
    print('OverflowError', e)
