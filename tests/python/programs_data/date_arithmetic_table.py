# Dates far from today's: old years, week numbers, ISO calendars, parsing round trips.
from datetime import date, datetime, timedelta

for y in (1, 56, 251, 999, 1582, 1900, 2000, 2024, 9999):
    d = date(y, 3, 5)
    print(f"{y:>4}", d.isoformat(), d.ctime(), d.strftime("%C|%y|%j|%U|%W|%G-W%V-%u|%a"), d.isocalendar(), d.toordinal())
for s, f in [("2024 5 3", "%Y %U %w"), ("2024 5 3", "%Y %W %w"), ("2024 0 0", "%Y %U %w"), ("2024 52 6", "%Y %W %w"),
             ("2024 10 Mon", "%Y %W %a"), ("2024-W05-3", "%G-W%V-%u"), ("2021-W53-7", "%G-W%V-%u"), ("2025-W01-1", "%G-W%V-%u")]:
    print(f"{s!r:>14} {f:<12}", datetime.strptime(s, f).date())
for s in ["2024-01-01T23:59:59", "2024-01-01T24:00", "2024-01-01T12:60", "2024-02-30"]:
    try:
        print(s, datetime.fromisoformat(s))
    except ValueError as e:
        print(s, type(e).__name__, e)
d = date(2024, 1, 31)
for k in range(0, 400, 57):
    n = d + timedelta(days=k)
    print(n, n.strftime("%A"), (n - d).days, n.isocalendar().week)
datetime.strptime("2024", " %Y")
