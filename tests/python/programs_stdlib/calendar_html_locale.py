import calendar

hc = calendar.HTMLCalendar(firstweekday=0)
html = hc.formatmonth(2024, 2)
print(html)
print(hc.formatweekday(0), hc.formatmonthname(2024, 2, withyear=False))
print(hc.formatday(0, 0), hc.formatday(5, 3))
print(hc.cssclasses, hc.cssclass_month)
yr = hc.formatyear(2023, width=4)
print(len(yr.splitlines()), yr.splitlines()[:3])
tc = calendar.TextCalendar(calendar.SUNDAY)
print(tc.formatmonth(2024, 9, w=4))
print(tc.formatweek([(1, 6), (2, 0), (0, 1)], 3))
print(repr(tc.formatmonthname(2024, 9, 20)), repr(tc.formatweekday(3, 2)), repr(tc.formatweekday(3, 9)))
for y in (1900, 2000, 2023, 2024, 2100):
    print(y, calendar.isleap(y), calendar.monthrange(y, 2))
print(calendar.weekheader(2), calendar.weekheader(3), calendar.weekheader(9))
c = calendar.Calendar(calendar.WEDNESDAY)
print(list(c.iterweekdays()))
print([list(w) for w in c.monthdays2calendar(2024, 2)][:2])
print(list(c.itermonthdays3(2024, 2))[:3], list(c.itermonthdays4(2024, 2))[:2])
print(calendar.day_name[0], calendar.month_name[0] == "", len(calendar.month_abbr))
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday())
print(calendar.month(2024, 3))
calendar.setfirstweekday(0)
try:
    calendar.setfirstweekday(9)
except calendar.IllegalWeekdayError as e:
    print(type(e).__name__, e)
try:
    calendar.month(2024, 0)
except calendar.IllegalMonthError as e:
    print(type(e).__name__, e)
print(calendar.Month.FEBRUARY if hasattr(calendar, "Month") else "no Month enum")
