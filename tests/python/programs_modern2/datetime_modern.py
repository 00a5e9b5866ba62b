# datetime: fromisocalendar (3.8), isocalendar() named tuple (3.9), UTC alias and wider
# fromisoformat (3.11).
import datetime as dt

print(dt.date.fromisocalendar(2020, 53, 5), dt.datetime.fromisocalendar(2021, 1, 1))
ic = dt.date(2021, 1, 3).isocalendar()
print(ic, ic.year, ic.week, ic.weekday, tuple(ic))
print(dt.UTC is dt.timezone.utc, repr(dt.UTC))
for s in ["2011-11-04", "20111104", "2011-11-04T00:05:23Z", "2011-11-04 00:05:23.283+00:00",
          "2011-W01-2T00:05:23.283", "2011-11-04T00:05:23+04:00", "20111104T000523"]:
    print(repr(dt.datetime.fromisoformat(s)))
print(dt.time.fromisoformat("04:23:01.000384"), dt.time.fromisoformat("T042301"), dt.date.fromisoformat("2011W012"))
try:
    dt.date.fromisocalendar(2021, 54, 1)
except ValueError as e:
    print("ValueError:", e)
try:
    dt.datetime.fromisoformat("2011-13-04")
except ValueError as e:
    print("ValueError:", e)
