import calendar

print(calendar.month(2024, 2))
print(calendar.month(2023, 12, w=3, l=2))
tc = calendar.TextCalendar(calendar.SUNDAY)
print(tc.formatmonth(2025, 3))
print(tc.formatweekheader(3))
print(calendar.TextCalendar().formatyear(2024, 2, 1, 1, 4))
print(calendar.isleap(1900), calendar.isleap(2000), calendar.isleap(2024), calendar.isleap(2023))
print(calendar.leapdays(1900, 2024))
print(calendar.monthrange(2024, 2), calendar.monthrange(2023, 2), calendar.monthrange(2021, 12))
print(calendar.weekday(2024, 7, 4), calendar.day_name[calendar.weekday(2000, 1, 1)])
print(list(calendar.day_name), list(calendar.day_abbr))
print(list(calendar.month_name), list(calendar.month_abbr)[1:4])
print(calendar.monthcalendar(2024, 9))
c = calendar.Calendar(firstweekday=6)
print(list(c.iterweekdays()))
print([d for d in c.itermonthdays(2024, 2)][:10])
print(list(c.itermonthdays2(2024, 2))[:5])
print([str(d) for d in c.itermonthdates(2024, 3)][:3])
print(c.monthdays2calendar(2024, 2)[0])
print(len(c.yeardatescalendar(2024)), len(c.yeardayscalendar(2024, width=4)))
print(calendar.timegm((2024, 1, 1, 0, 0, 0)), calendar.timegm((1970, 1, 2, 0, 0, 0, 0, 0, 0)))
print(calendar.firstweekday(), calendar.MONDAY, calendar.SUNDAY)
print(calendar.weekheader(2), "|", calendar.weekheader(9))
print(repr(calendar.TextCalendar().formatweek([(1, 0), (2, 1), (0, 2)], 2)))
print(calendar.TextCalendar().formatmonthname(2024, 5, 20), "|")
print(calendar.TextCalendar().formatmonthname(2024, 5, 20, withyear=False), "|")
for bad in ((2024, 13), (2024, 0)):
    try:
        calendar.monthrange(*bad)
    except calendar.IllegalMonthError as e:
        print(type(e).__name__, e)
try:
    calendar.weekday(2024, 2, 30)
except ValueError as e:
    print("ValueError", e)
try:
    calendar.Calendar().iterweekdays().__next__()
    calendar.setfirstweekday(9)
except calendar.IllegalWeekdayError as e:
    print(type(e).__name__, e)
print(calendar.HTMLCalendar().formatmonth(2024, 1).splitlines()[:3])
