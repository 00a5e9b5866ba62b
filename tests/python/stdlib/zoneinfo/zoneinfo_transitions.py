# around DST transitions: gaps and overlaps with fold (PEP 495), fromutc and astimezone
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

ny = ZoneInfo('America/New_York')
for dt in [datetime(2023, 3, 12, 1, 59), datetime(2023, 3, 12, 2, 30), datetime(2023, 3, 12, 2, 30, fold=1),
           datetime(2023, 3, 12, 3, 0), datetime(2023, 11, 5, 0, 59), datetime(2023, 11, 5, 1, 30),
           datetime(2023, 11, 5, 1, 30, fold=1), datetime(2023, 11, 5, 2, 0)]:
    d = dt.replace(tzinfo=ny)
    print(d, d.fold, d.utcoffset(), d.dst(), d.tzname())
start = datetime(2023, 11, 5, 4, 0, tzinfo=timezone.utc)
for minutes in range(0, 240, 30):
    t = (start + timedelta(minutes=minutes)).astimezone(ny)
    print(t, t.fold, t.tzname())
start = datetime(2023, 3, 26, 0, 30, tzinfo=timezone.utc)
paris = ZoneInfo('Europe/Paris')
for minutes in range(0, 180, 30):
    t = (start + timedelta(minutes=minutes)).astimezone(paris)
    print(t, t.tzname(), t.astimezone(timezone.utc).time())
print(datetime.fromtimestamp(0, ZoneInfo('Asia/Tokyo')))
print(datetime.fromtimestamp(1700000000, ny))
a = datetime(2023, 11, 5, 1, 30, tzinfo=ny)
b = a.replace(fold=1)
print(b - a, a.timestamp(), b.timestamp(), a == b)
print(datetime(2020, 1, 1, tzinfo=ny) - datetime(2020, 1, 1, tzinfo=paris))
syd = ZoneInfo('Australia/Sydney')
print(datetime(2024, 4, 7, 2, 30, tzinfo=syd).tzname(), datetime(2024, 4, 7, 2, 30, fold=1, tzinfo=syd).tzname())
try:
    ny.fromutc(datetime(2020, 1, 1))
except ValueError as e:
    print(e)
try:
    ny.fromutc('x')
except TypeError as e:
    print(e)
