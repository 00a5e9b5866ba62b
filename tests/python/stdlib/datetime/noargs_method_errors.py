# datetime's argument-less methods say "<type>.<name>() takes no arguments (N given)" with the
# type of the object they are called on (or the class, for today()), as CPython's METH_NOARGS
# methods do; isoformat() checks its sep and timespec types.
from datetime import date, datetime, time, timedelta


def attempt(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except TypeError as e:
        print("TypeError:", e)


class MyDate(date):
    pass


attempt(date(2024, 1, 1).isoformat, 1)
attempt(date(2024, 1, 1).weekday, x=1)
attempt(datetime(2024, 1, 1).weekday, 1)
attempt(datetime(2024, 1, 1).timestamp, 1, 2)
attempt(MyDate(2024, 1, 1).toordinal, 1)
attempt(MyDate.today, 1)
attempt(timedelta(1).total_seconds, 1)
attempt(time(1).utcoffset, 1)
attempt(datetime(2024, 1, 1).isoformat, 1)
attempt(datetime(2024, 1, 1).isoformat, "ab")
attempt(datetime(2024, 1, 1).isoformat, " ", 5)
attempt(time(1).isoformat, 5)
attempt(datetime(2024, 1, 1, 5).isoformat, "_", "minutes")
