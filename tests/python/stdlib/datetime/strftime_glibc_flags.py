# date/datetime/time.strftime hand everything but %z, %Z and %f to time.strftime, as CPython's
# wrap_strftime does, so glibc's flags (- _ 0 ^ #), widths and %P work on them too.
from datetime import date, datetime, time, timezone, timedelta

dt = datetime(2024, 1, 7, 5, 3, 9, 42)
print(dt.strftime("%-d/%-m/%Y %-I:%M %p"))
print(dt.strftime("%_d|%0e|%^a|%^B|%#b|%#p|%P|%10Y|%-j|%_H|%3d"))
print(dt.strftime("%f %%f %%%f %z%Z|"), repr(dt.strftime("%")), repr(dt.strftime("a%")), dt.strftime("%Q %:z"))
print(f"{dt:%A, %B %-d at %-H:%M}", "{:%e %b}".format(date(2023, 11, 5)))
aware = datetime(2024, 7, 1, 18, 30, tzinfo=timezone(timedelta(hours=-4, minutes=-30), "X%Y"))
print(aware.strftime("%z %Z %-I%P"), time(13, 5, tzinfo=timezone.utc).strftime("%H %I %p %z %Z %Y-%m-%d %j"))
for y in (5, 56, 999, 1000, 2024):
    print(date(y, 3, 1).strftime("%C %Y %G %y %-C %3C"))
print(repr(dt.strftime("a\0b%Y")), repr(date(2024, 1, 2).strftime("%d\0%m")))
