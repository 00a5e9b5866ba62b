import calendar

print(calendar.month(2024, 2))
print(calendar.month(2023, 10, w=3, l=2))
print(calendar.monthrange(2024, 2), calendar.monthrange(1900, 2), calendar.monthrange(2000, 2))
print([y for y in range(1896, 1912) if calendar.isleap(y)])
print(calendar.leapdays(1900, 2024))
print(calendar.weekday(2024, 7, 4), calendar.day_name[calendar.weekday(2024, 7, 4)])
print(list(calendar.day_abbr), list(calendar.month_name)[:4], calendar.month_abbr[12])
print(calendar.monthcalendar(2021, 8))
tc = calendar.TextCalendar(firstweekday=6)
print(tc.formatmonth(2022, 5))
print(repr(tc.formatweekheader(2)))
print(list(tc.iterweekdays()))
c = calendar.Calendar(firstweekday=0)
print([d for d in c.itermonthdays(2023, 2)][:10])
print(list(c.itermonthdays2(2023, 2))[:8])
print([str(d) for d in c.itermonthdates(2023, 2)][:3])
print(len(c.monthdatescalendar(2023, 2)), c.yeardayscalendar(2023, width=4)[0][0][0])
print(calendar.calendar(2023, w=2, l=1, c=6, m=3)[:400])
print(calendar.timegm((2020, 1, 1, 0, 0, 0, 0, 0, 0)))
print(calendar.firstweekday())
print(calendar.MONDAY, calendar.SUNDAY)
try:
    calendar.monthrange(2020, 13)
except calendar.IllegalMonthError as e:
    print(type(e).__name__, e, isinstance(e, ValueError))
try:
    calendar.weekday(2020, 2, 30)
except ValueError as e:
    print(type(e).__name__, e)
print(calendar.TextCalendar().formatyear(2024, 2, 1, 2, 4)[:300])
