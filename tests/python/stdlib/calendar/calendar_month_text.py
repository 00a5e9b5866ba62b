import calendar
print(calendar.month(2024, 2))
calendar.prmonth(2023, 10, w=3, l=1)
print(calendar.month(2021, 8, 4, 2))
print(repr(calendar.weekheader(2)), repr(calendar.weekheader(9)))
