# Parsing dates from user input with strptime/fromisoformat, and datetime arithmetic errors.
from datetime import date, datetime, timedelta, time, timezone

inputs = ["2024-02-29", "2023-02-29", "2024-13-01", "2024-1-5", "24-01-05", "2024/01/05",
          "2024-01-05T10:30", "", "2024-01-05 extra", "0000-01-01"]
for text in inputs:
    try:
        print(text, "->", datetime.strptime(text, "%Y-%m-%d").date())
    except ValueError as e:
        print(repr(text), "ValueError:", e)
for text in ["2024-03-10", "2024-3-10", "20240310", "2024-03-10T25:00", "2024-W10-1", "March 10"]:
    try:
        print(text, "->", date.fromisoformat(text))
    except ValueError as e:
        print(repr(text), "ValueError:", e)
for args in [(2024, 2, 30), (2024, 0, 1), (10000, 1, 1), (2024, 4, 31), (2023, 2, 28)]:
    try:
        print(date(*args))
    except ValueError as e:
        print(args, "ValueError:", e)
for args in [(24, 0), (12, 60), (0, 0, 60), (0, 0, 0, 1000000), (23, 59, 59)]:
    try:
        print(time(*args))
    except ValueError as e:
        print(args, "ValueError:", e)
d = date(2024, 1, 31)
for other in [timedelta(days=1), 1, "1", datetime(2024, 1, 1)]:
    try:
        print(d, "+", repr(other), "=", d + other)
    except TypeError as e:
        print("TypeError:", e)
for other in [date(2023, 12, 25), timedelta(weeks=1), datetime(2024, 1, 1)]:
    try:
        print(d - other)
    except TypeError as e:
        print("TypeError:", e)
try:
    print(d < datetime(2024, 2, 1))
except TypeError as e:
    print("TypeError:", e)
aware = datetime(2024, 1, 1, tzinfo=timezone.utc)
naive = datetime(2024, 1, 1)
try:
    print(aware - naive)
except TypeError as e:
    print("TypeError:", e)
try:
    print(aware < naive)
except TypeError as e:
    print("TypeError:", e)
print(aware == naive)
try:
    date.max + timedelta(days=1)
except OverflowError as e:
    print("OverflowError:", e)
try:
    timedelta(days=1_000_000_000)
except OverflowError as e:
    print("OverflowError:", e)
try:
    d.replace(month=2, day=30)
except ValueError as e:
    print("ValueError:", e)
try:
    datetime.strptime("10:61", "%H:%M")
except ValueError as e:
    print("ValueError:", e)
try:
    datetime.strptime("2024", "%Q")
except ValueError as e:
    print("ValueError:", e)
print(timedelta(hours=25, minutes=-5), timedelta(seconds=-1), timedelta(days=1) / timedelta(hours=5))
try:
    timedelta(days=1) / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(date(2024, 2, 29).replace(year=2025))
