# CPython 3.11: fromisoformat range errors come from the constructor (no 24:00), ctime pads the
# year to 4 digits, glibc leaves %C unpadded, strptime needs whitespace where the format has it
# and turns %U/%W/%G/%V with a weekday into a date.
from datetime import datetime, time, date
for s in ["2024-01-01T24:00", "2024-01-01T24:00:01", "2024-01-01T24:00:00.000", "2024-01-01T25:00", "2024-01-01T23:60", "2024-01-01T23:59:60", "2024-01-01T24"]:
    for f in (datetime.fromisoformat, lambda s: time.fromisoformat(s[11:])):
        try:
            print(s, repr(f(s)))
        except ValueError as e:
            print(s, type(e).__name__, e)
for y in [1, 56, 251, 999, 1000, 2024]:
    d = datetime(y, 3, 5, 7, 8, 9)
    print(d.ctime(), d.date().ctime(), d.strftime("%C|%y|%G|%g|%Y|%c|%x"))
for s, f in [("2024 5 3", "%Y %U %w"), ("2024 5 3", "%Y %W %w"), ("2024 0 0", "%Y %U %w"), ("2024 52 6", "%Y %W %w"), ("2024 5", "%Y %U"), ("2024 10 Mon", "%Y %W %a"), ("2024", " %Y"), ("2024 ", "%Y "), (" 2024", "%Y"), ("a  b", "a b"), ("ab", "a b"), ("2024-W05-3", "%G-W%V-%u"), ("2023 3", "%Y %w")]:
    try:
        print(repr(s), f, repr(datetime.strptime(s, f)))
    except ValueError as e:
        print(repr(s), f, type(e).__name__, e)
