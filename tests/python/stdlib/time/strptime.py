"""time.strptime: struct_time fields, week day and year day, errors."""
import time

t = time.strptime("2024-03-05 14:22:01", "%Y-%m-%d %H:%M:%S")
print(t)
print(t.tm_year, t.tm_wday, t.tm_yday, t.tm_isdst, t.tm_zone, t.tm_gmtoff)
print(tuple(time.strptime("Tue Mar  5 14:22:01 2024")))
print(tuple(time.strptime("31/12/1999", "%d/%m/%Y")))
print(tuple(time.strptime("1 Jan 2000 11:05 PM", "%d %b %Y %I:%M %p")))
print(time.strftime("%Y-%m-%d", time.strptime("2020-02-29", "%Y-%m-%d")))
for data, fmt in [("2024-13-01", "%Y-%m-%d"), ("2024-01-01 extra", "%Y-%m-%d"), ("x", "%Y")]:
    try:
        time.strptime(data, fmt)
    except ValueError as e:
        print("ValueError:", e)
try:
    time.strptime(5, "%Y")
except TypeError as e:
    print("TypeError:", e)
