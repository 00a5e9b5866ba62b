# ZoneInfo objects: keys, str and repr, the cache, offsets in summer and winter
from datetime import datetime
from zoneinfo import ZoneInfo

ny = ZoneInfo('America/New_York')
print(ny, repr(ny), ny.key, ny is ZoneInfo('America/New_York'))
print(ZoneInfo.no_cache('America/New_York') is ny, ZoneInfo.no_cache('America/New_York').key)
for key in ['America/New_York', 'Europe/Paris', 'Europe/London', 'Asia/Tokyo', 'Asia/Kolkata',
            'Australia/Sydney', 'America/Los_Angeles', 'UTC', 'America/St_Johns', 'Pacific/Auckland']:
    z = ZoneInfo(key)
    for month in (1, 7):
        d = datetime(2024, month, 15, 12, tzinfo=z)
        print(key, month, d.utcoffset(), d.dst(), d.tzname(), d.isoformat())
print(ZoneInfo('UTC').utcoffset(None), ny.utcoffset(None), ny.dst(None), ny.tzname(None))
print(datetime(1900, 1, 1, tzinfo=ny).utcoffset())
ZoneInfo.clear_cache()
print(ZoneInfo('America/New_York') is ny)
ZoneInfo.clear_cache(only_keys=['Europe/Paris'])
