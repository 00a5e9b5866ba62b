# strptime takes a number field as CPython's _strptime regexes do (the first alternative that
# matches: "10:61" leaves "1" unconverted), checks the day against the month (Feb 29 without a
# year is allowed by time.strptime), and date minus datetime is a TypeError.
from datetime import datetime, date, timedelta
import time
for data, fmt in [("10:61", "%H:%M"), ("25:00", "%H:%M"), ("2024-13-01", "%Y-%m-%d"), ("2024-1-32", "%Y-%m-%d"), ("2024-02-30", "%Y-%m-%d"), ("2024-04-31", "%Y-%m-%d"),
                  ("12/31/99", "%m/%d/%y"), ("1231", "%m%d"), ("13", "%m"), ("32", "%d"), ("367", "%j"), ("13pm", "%I%p"), ("0", "%d"), ("00", "%H"), ("2024", "%Y"), ("202", "%Y"), ("20245", "%Y"),
                  ("7:5:9", "%H:%M:%S"), ("23:59:61", "%H:%M:%S"), ("23:59:62", "%H:%M:%S"), ("123456789", "%f"), ("Mon Jan  1", "%a %b %d")]:
    try:
        print(data, fmt, datetime.strptime(data, fmt))
    except ValueError as e:
        print(data, fmt, 'ValueError:', e)
    try:
        print(' t', time.strptime(data, fmt)[:6])
    except ValueError as e:
        print(' t ValueError:', e)
d = date(2024, 1, 31)
dt = datetime(2024, 1, 1)
for a, b in [(d, dt), (dt, d), (d, d), (dt, dt)]:
    for op in ['-', '+']:
        try:
            print(type(a).__name__, op, type(b).__name__, eval('a %s b' % op))
        except TypeError as e:
            print(type(a).__name__, op, type(b).__name__, 'TypeError:', e)
print(timedelta(days=2) + d, d + timedelta(days=2), dt + timedelta(1), timedelta(1) + dt, d - timedelta(1))
print(time.strptime('02-29', '%m-%d'))
try:
    datetime.strptime('02-29', '%m-%d')
except ValueError as e:
    print(e)
for d, f in [('1900-02-29', '%Y-%m-%d'), ('2023 060', '%Y %j'), ('2023 366', '%Y %j'), ('99 366', '%y %j')]:
    try:
        print(time.strptime(d, f)[:8])
    except ValueError as e:
        print(e)
