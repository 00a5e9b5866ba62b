# Messages that name datetime's C types and arguments as CPython does: round() gives the
# dotted tp_name, __format__ and time.strftime check their argument, naive/aware time
# comparison and fromisocalendar's weekday check use CPython's words.
import math
from datetime import date, datetime, time, timedelta, timezone


def attempt(f, *args):
    try:
        print(repr(f(*args)))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)


for obj in (date(2024, 1, 1), datetime(2024, 1, 1), time(1), timedelta(1), timezone.utc):
    attempt(round, obj)
    attempt(math.trunc, obj)
    attempt(obj.__format__, 5)
attempt(time(1).strftime, 5)
attempt(date(2024, 1, 1).strftime, None)
attempt(lambda: time(12, tzinfo=timezone.utc) < time(13))
attempt(lambda: time(12, tzinfo=timezone.utc) == time(12))
attempt(lambda: datetime(2024, 1, 1, tzinfo=timezone.utc) < datetime(2024, 1, 1))
attempt(date.fromisocalendar, 2024, 1, 8)
attempt(date.fromisocalendar, 2024, 1, 0)
attempt(date.fromisocalendar, 2024, 54, 1)
