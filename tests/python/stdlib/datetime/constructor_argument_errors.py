# datetime's constructors and replace()/isoformat()/astimezone()/combine() report bad arguments
# as CPython's C argument parser does: a typo'd keyword is "an invalid keyword argument for
# __new__()" or "for this function", too many are "takes at most N arguments (M given)".
from datetime import date, datetime, time, timedelta, timezone


def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except TypeError as e:
        print("TypeError:", e)


attempt(timedelta, hour=1)
attempt(timedelta, 1, 2, 3, 4, 5, 6, 7, 8)
attempt(timedelta, 1, days=2)
attempt(datetime, 2024, 1, 1, minutes=5)
attempt(datetime, 2024, 1, 1, year=5)
attempt(datetime, 2024, 1, 1, 0, 0, 0, 0, None, 1)
attempt(datetime(2024, 1, 1).replace, hours=1)
attempt(date, 2024, 1, 1, 1)
attempt(date, x=1)
attempt(date(2024, 1, 1).replace, 2025, 1, 1, 1)
attempt(time, 1, 2, 3, 4, None, 0)
attempt(time(1).replace, minutes=3)
attempt(timezone, timedelta(0), "a", 3)
attempt(timezone, name="x")
attempt(time(1).isoformat, 1, 2)
attempt(datetime(2024, 1, 1).astimezone, tz=None, x=1)
attempt(datetime.combine, date(2024, 1, 1), x=1)
attempt(datetime, 2024, 1, 1, 12, fold=1)
attempt(timedelta, days=1, weeks=1)
