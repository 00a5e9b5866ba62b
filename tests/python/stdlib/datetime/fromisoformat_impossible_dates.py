# fromisoformat on a well-formed string for a date that does not exist reports the constructor's
# reason ("day is out of range for month"); only malformed strings are "Invalid isoformat string".
from datetime import date, datetime
for s in ['2024-02-30', '2024-13-01', '2024-00-10', '0000-01-01', '2024-W53-1', '2023-W53-1', '2024-W01-8', '2024-W00-1', '2024-02-30T10:00', '2024-02-29T25:00', '2024-1-30', '20240230', '2024W531']:
    for f in (date.fromisoformat, datetime.fromisoformat):
        try:
            print(s, f.__qualname__, f(s))
        except ValueError as e:
            print(s, f.__qualname__, 'ValueError', e)
