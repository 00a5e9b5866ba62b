import calendar
from datetime import date, timedelta

def business_days(year, month):
    c = calendar.Calendar()
    return [d for d in c.itermonthdates(year, month) if d.month == month and d.weekday() < 5]
for m in (1, 2, 12):
    days = business_days(2024, m)
    print(calendar.month_name[m], len(days), days[0], days[-1])
def nth_weekday(year, month, weekday, n):
    days = [d for d in calendar.Calendar().itermonthdates(year, month) if d.month == month and d.weekday() == weekday]
    return days[n] if n >= 0 else days[n]
print("Thanksgiving", nth_weekday(2024, 11, calendar.THURSDAY, 3))
print("Memorial Day", nth_weekday(2024, 5, calendar.MONDAY, -1))
print("Labor Day", nth_weekday(2024, 9, calendar.MONDAY, 0))
tc = calendar.TextCalendar(calendar.MONDAY)
lines = tc.formatmonth(2024, 7).splitlines()
for line in lines:
    print(line.rstrip() + " |")
print([calendar.monthrange(2024, m)[1] for m in range(1, 13)], sum(calendar.monthrange(2024, m)[1] for m in range(1, 13)))
print([calendar.day_abbr[calendar.weekday(2024, m, 1)] for m in range(1, 13)])
print(calendar.leapdays(2000, 2100), [y for y in range(1990, 2030) if calendar.isleap(y)][:5])
cal = calendar.monthcalendar(2024, 2)
for week in cal:
    print(" ".join(f"{d:2d}" if d else "  " for d in week))
print(calendar.timegm((2024, 1, 1, 0, 0, 0)), calendar.timegm((1970, 1, 2, 0, 0, 0, 0, 0, 0)))
