import calendar
print(calendar.calendar(2024))
