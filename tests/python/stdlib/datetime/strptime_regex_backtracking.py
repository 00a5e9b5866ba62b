# strptime matches the whole format as one regex, as CPython's _strptime does: fields backtrack
# into each other ("1012024" with %d%m%Y), literals ignore case, a day may be space-padded,
# %p without %I is ignored, %F/%D/%T/%e are bad directives, a stray % is an error, and %Z of
# UTC/GMT sets tm_isdst 0.
from datetime import datetime
import time

cases = [(" 7", "%d"), ("2024t10", "%YT%H"), ("1012024", "%d%m%Y"), ("1 2", "%m%d"), ("05 PM", "%H %p"), ("5 pm", "%I %p"),
         ("12 AM", "%I %p"), ("DAY 05", "day %d"), ("(2024) [3]", "(%Y) [%m]"), ("a+b 2024", "a+b %Y"), ("axb", "a.b"),
         ("2020 10", "%Y %V"), ("2024 W01 1", "%G W%V %u"), (" 2024", "%B %Y"), ("monday", "%a"), ("Wed Mar 17 22:44:55 1999", "%c"),
         ("01/07/24 05:03:09", "%x %X"), ("+05:3015", "%z"), ("+0530:15", "%z"), ("2024-01-01", "%F"), ("12/31/99", "%D"), ("5", "%e"),
         ("2024", "%Y%"), ("5", "% d"), ("5", "%.d"), ("2024", "%4Y"), ("61", "%S"), ("2024-06-01 utc", "%Y-%m-%d %Z")]
for data, fmt in cases:
    try:
        print(repr(data), repr(fmt), datetime.strptime(data, fmt))
    except ValueError as e:
        print(repr(data), repr(fmt), "ValueError:", e)
for data, fmt in [("2024 GMT", "%Y %Z"), ("2024 UTC", "%Y %Z"), ("2024", "%Y")]:
    t = time.strptime(data, fmt)
    print(t.tm_year, t.tm_isdst, t.tm_zone)
