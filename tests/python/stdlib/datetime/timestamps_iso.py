from datetime import datetime, timezone, timedelta
print(datetime.fromtimestamp(0, timezone.utc), datetime.utcfromtimestamp(1700000000.5), datetime.utcfromtimestamp(0))
print(datetime.fromtimestamp(86400 * 365.25, tz=timezone(timedelta(hours=2))), datetime(2001, 9, 9, 1, 46, 40, tzinfo=timezone.utc).timestamp())
print(datetime.fromisoformat('2011-11-04T00:05:23+04:00'), datetime.fromisoformat('2011-11-04 00:05:23.283'))
print(datetime.fromisoformat('20111104T000523Z'), datetime.fromisoformat('2011-11-04'), datetime.fromisoformat('2011-W01-2T00:05:23.283+00:00'))
print(repr(datetime.fromisoformat('2020-01-01T10:00:00-03:30')), datetime.fromisoformat('2020-01-01T10'))
now = datetime.now()
print(type(now).__name__, now.year >= 2024, isinstance(datetime.today(), datetime), datetime.now(timezone.utc).tzinfo)
for bad in ['2011-11-04T', 'nope', '2011-11-04T25:00']:
    try:
        datetime.fromisoformat(bad)
    except ValueError as e:
        print('ValueError', e)
