# RFC 2822 dates: formatting fixed timestamps and parsing them back.
import datetime
from email.utils import (formatdate, format_datetime, parsedate, parsedate_tz,
                         parsedate_to_datetime, mktime_tz)

for ts in (0, 86400 * 365, 1700000000, 1234567890.75):
    print(formatdate(ts), '|', formatdate(ts, usegmt=True))
tz = datetime.timezone(datetime.timedelta(hours=5, minutes=30))
dt = datetime.datetime(2024, 2, 29, 23, 59, 58, tzinfo=tz)
print(format_datetime(dt))
print(format_datetime(datetime.datetime(2024, 1, 1, 12, 0)))
print(format_datetime(datetime.datetime(2024, 1, 1, tzinfo=datetime.timezone.utc), usegmt=True))
try:
    format_datetime(dt, usegmt=True)
except ValueError as e:
    print('ValueError:', e)
for s in ['Tue, 05 Mar 2024 14:30:00 -0500', '5 Mar 2024 14:30 GMT', 'Wed, 1 Jan 97 00:00:00 PST',
          'Thu, 01 Jan 1970 00:00:00 -0000', 'Sun, 31 Dec 2023 23:59:59 +1400', 'not a date']:
    print(repr(s))
    print('  tz  ', parsedate_tz(s))
    print('  9   ', parsedate(s))
    try:
        d = parsedate_to_datetime(s)
        print('  dt  ', d, d.tzinfo)
    except ValueError as e:
        print('  err ', e)
    t = parsedate_tz(s)
    if t:
        print('  ts  ', mktime_tz(t))
