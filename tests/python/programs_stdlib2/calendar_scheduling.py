import calendar
import datetime

cal = calendar.Calendar(firstweekday=calendar.MONDAY)
year, month = 2024, 11
meetings = {4: "standup", 12: "review", 25: "retro", 29: "demo"}
print(calendar.month_name[month], year)
print(" ".join(d[:2] for d in calendar.day_abbr))
for week in cal.monthdayscalendar(year, month):
    cells = []
    for day in week:
        if day == 0:
            cells.append("  ")
        elif day in meetings:
            cells.append("%2d*" % day)
            continue
        else:
            cells.append("%2d" % day)
    print(" ".join(c if c.endswith("*") else c + " " for c in cells).rstrip())
for day, what in sorted(meetings.items()):
    wd = calendar.weekday(year, month, day)
    print(day, calendar.day_name[wd], what)


def nth_weekday(year, month, weekday, n):
    days = [d for d, wd in cal.itermonthdays2(year, month) if d and wd == weekday]
    return days[n - 1] if n > 0 else days[n]


print("Thanksgiving", nth_weekday(2024, 11, calendar.THURSDAY, 4))
print("Last Monday of May", nth_weekday(2024, 5, calendar.MONDAY, -1))
print("Fridays the 13th 2024-2026:", [(y, m) for y in range(2024, 2027) for m in range(1, 13) if calendar.weekday(y, m, 13) == calendar.FRIDAY])
print([calendar.monthrange(2024, m)[1] for m in range(1, 13)])
print(sum(calendar.monthrange(2023, m)[1] for m in range(1, 13)), sum(calendar.monthrange(2024, m)[1] for m in range(1, 13)))
print([y for y in range(1896, 1912) if calendar.isleap(y)], calendar.leapdays(2000, 2100))
tc = calendar.TextCalendar(calendar.SUNDAY)
print(tc.formatmonth(2024, 2, w=4))
print(tc.formatyear(2023, w=2, l=1, c=2, m=6))
print(list(calendar.Calendar(3).iterweekdays()))
print(cal.yeardays2calendar(2024, 3)[0][0][0])
d = datetime.date(2024, 2, 29)
print(d.isoweekday(), d.weekday(), calendar.weekday(d.year, d.month, d.day), d.isocalendar())
print(calendar.EPOCH if hasattr(calendar, "EPOCH") else 1970, calendar.timegm(datetime.datetime(2000, 1, 1).timetuple()))
