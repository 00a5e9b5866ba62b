import time

st = time.struct_time((2024, 3, 9, 14, 5, 7, 5, 69, 0))
print(st)
print(st.tm_year, st.tm_mon, st.tm_mday, st.tm_hour, st.tm_min, st.tm_sec, st.tm_wday, st.tm_yday, st.tm_isdst)
print(st[0], st[-1], st[:3], len(st), tuple(st))
for fmt in ["%Y-%m-%d %H:%M:%S", "%a %A %b %B", "%d/%m/%y", "%I:%M:%S %p", "%j %U %W %w", "%c", "%x", "%X", "%%", "%y%m%d", "%e" if False else "%H%M"]:
    print(repr(fmt), repr(time.strftime(fmt, st)))
print(time.asctime(st))
print(time.strftime("%Y", (1999, 1, 1, 0, 0, 0, 0, 1, -1)))
p = time.strptime("2021-07-04 12:30:45", "%Y-%m-%d %H:%M:%S")
print(p)
print(time.strptime("Mar 5 1999", "%b %d %Y")[:6], time.strptime("15", "%H").tm_year)
print(time.mktime(time.localtime(0)) == 0.0 or True)
print(time.gmtime(0))
print(time.gmtime(1700000000))
print(time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(1234567890)))
print(time.asctime(time.gmtime(0)), time.ctime(0) != "")
try:
    time.strptime("2021-13-01", "%Y-%m-%d")
except ValueError as e:
    print(type(e).__name__, e)
try:
    time.strptime("nope", "%Y")
except ValueError as e:
    print(type(e).__name__, e)
try:
    time.struct_time((1, 2, 3))
except TypeError as e:
    print(type(e).__name__, e)
try:
    time.strftime("%Y", (2020, 13, 1, 0, 0, 0, 0, 1, 0))
except ValueError as e:
    print(type(e).__name__, e)
print(type(time.time()).__name__, type(time.perf_counter()).__name__, type(time.monotonic_ns()).__name__)
print(time.gmtime(86400 * 365.25 * 30).tm_year, isinstance(time.timezone, int))
import calendar
print(calendar.timegm(time.gmtime(1234567890)))
