# date() and datetime() with fields missing: CPython's PyArg_ParseTupleAndKeywords has no function
# name, so the message starts with "function".
import datetime

for args in [(), (2024,), (2024, 2), (2024, 2, 29)]:
    for cls in (datetime.date, datetime.datetime):
        try:
            print(cls.__name__, args, "->", cls(*args))
        except TypeError as e:
            print(cls.__name__, args, "TypeError:", e)
try:
    datetime.date(year=2024, day=1)
except TypeError as e:
    print(e)
try:
    datetime.date(None, 1, 1)
except TypeError as e:
    print(e)
print(datetime.date(2024, 1, 31).replace(day=1), datetime.datetime(2024, 5, 6, 7).replace(month=1))
