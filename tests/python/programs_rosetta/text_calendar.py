import calendar
c = calendar.TextCalendar(calendar.MONDAY)
print(c.formatyear(1969, 2, 1, 1, 3))
print(calendar.TextCalendar(calendar.SUNDAY).formatmonth(2000, 2, w=3))
print(list(calendar.Calendar().itermonthdays2(2024, 2))[:9])
print(calendar.firstweekday(), [calendar.day_abbr[d] for d in calendar.Calendar(6).iterweekdays()])
