# unknown and malformed keys; available_timezones
import zoneinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

try:
    ZoneInfo('Mars/Olympus_Mons')
except ZoneInfoNotFoundError as e:
    print(type(e).__name__, e, isinstance(e, KeyError))
for bad in ['/etc/localtime', '../etc', 'America/../Europe/Paris', 'America//New_York']:
    try:
        ZoneInfo(bad)
    except ValueError as e:
        print(e)
zones = zoneinfo.available_timezones()
print(type(zones).__name__, len(zones) > 300)
print(all(k in zones for k in ['America/New_York', 'Europe/Paris', 'Asia/Tokyo', 'UTC']))
print(issubclass(zoneinfo.ZoneInfoNotFoundError, KeyError), issubclass(ZoneInfo, __import__('datetime').tzinfo))
