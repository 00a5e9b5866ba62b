# calendar: text calendars, monthrange, iteration helpers, leap years.
import calendar
print(calendar.month(2024, 2))
print(calendar.calendar(2023, w=2, l=1, c=6, m=3)[:400])
print(calendar.isleap(2000), calendar.isleap(1900), calendar.leapdays(1900, 2024), calendar.weekday(2024, 7, 4))
print(calendar.monthrange(2024, 2), calendar.monthrange(2023, 12), calendar.monthcalendar(2024, 9))
print(list(calendar.day_name), list(calendar.month_abbr), calendar.day_abbr[0])
c = calendar.TextCalendar(calendar.SUNDAY)
print(c.formatmonth(2025, 3, w=3))
print(list(c.iterweekdays()), c.firstweekday)
print(list(calendar.Calendar().itermonthdays2(2024, 4))[:9])
print([str(d) for d in calendar.Calendar(6).itermonthdates(2024, 6)][:3])
print(calendar.Calendar().monthdayscalendar(2024, 1)[0], calendar.Calendar().yeardayscalendar(2024, width=2)[0][0][0])
print(calendar.timegm((2024, 1, 1, 0, 0, 0, 0, 0, 0)), calendar.MONDAY, calendar.SUNDAY)
print(calendar.weekheader(3), '|', calendar.weekheader(1))
h = calendar.HTMLCalendar()
print(h.formatmonth(2024, 2).splitlines()[:4])
try:
    calendar.monthrange(2024, 13)
except calendar.IllegalMonthError as e:
    print('IllegalMonthError:', e)
