import calendar
print(calendar.isleap(2000), calendar.isleap(1900), calendar.isleap(2024), calendar.leapdays(1900, 2024), calendar.leapdays(2000, 2001))
print(calendar.monthrange(2024, 2), calendar.monthrange(2023, 12), calendar.weekday(2024, 7, 4), calendar.weekday(1, 1, 1))
print(calendar.timegm((2024, 1, 1, 12, 0, 0)), calendar.firstweekday(), calendar.MONDAY, calendar.SUNDAY)
try:
    calendar.monthrange(2024, 13)
except calendar.IllegalMonthError as e:
    print('IllegalMonthError', e)
