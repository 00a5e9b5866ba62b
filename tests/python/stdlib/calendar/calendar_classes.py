import calendar
tc = calendar.TextCalendar(calendar.SUNDAY)
print(tc.formatmonth(2024, 9))
print(list(tc.iterweekdays()), tc.firstweekday)
print(calendar.monthcalendar(2024, 3))
c = calendar.Calendar()
print(c.monthdatescalendar(2024, 1)[0])
print(list(calendar.Calendar(6).itermonthdays2(2024, 2))[:9])
print(list(c.itermonthdays(2023, 2))[:10], c.yeardayscalendar(2024, 4)[0][0][0])
