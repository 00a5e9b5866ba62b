# time with fixed struct_time values: gmtime, strftime, strptime, asctime, struct_time fields (no clock reads printed).
import time
t = time.gmtime(0)
print(t, tuple(t), t.tm_year, t.tm_yday, t.tm_wday, t.tm_isdst, t.tm_gmtoff)
print(time.strftime('%Y-%m-%d %H:%M:%S', time.gmtime(1_700_000_000)), time.asctime(time.gmtime(1_700_000_000)), time.strftime('%a, %d %b %Y %H:%M:%S +0000', time.gmtime(123456789)))
st = time.strptime('30 Nov 00', '%d %b %y')
print(st, st.tm_mday, st.tm_yday)
print(time.strptime('2024-02-29T12:34:56', '%Y-%m-%dT%H:%M:%S')[:6], time.strptime('Mon Jan  1 00:00:00 2024')[:7])
try:
    time.strptime('2024-13-01', '%Y-%m-%d')
except ValueError as e:
    print('ValueError:', e)
try:
    time.strptime('hello', '%Y')
except ValueError as e:
    print('ValueError:', e)
print(time.struct_time((2020, 1, 2, 3, 4, 5, 3, 2, 0)), time.gmtime(86400 * 365.25 * 30)[:3])
print(time.strftime('%j %U %W %w %y %p %I %%', time.gmtime(1_000_000_000)), time.strftime('%c', time.gmtime(0)), time.strftime('%x %X', time.gmtime(0)))
start = time.perf_counter()
elapsed = time.perf_counter() - start
print(elapsed >= 0, type(time.time()).__name__, type(time.time_ns()).__name__, time.monotonic() > 0, callable(time.sleep))
try:
    time.gmtime('x')
except TypeError as e:
    print('TypeError:', e)
try:
    time.sleep(-1)
except ValueError as e:
    print('ValueError:', e)
