import calendar
print(list(calendar.month_name), list(calendar.day_abbr))
print(list(calendar.month_abbr), list(calendar.day_name))
print(calendar.month_abbr[3], calendar.day_name[0], len(calendar.month_name), len(calendar.day_name), calendar.month_name[1:3])
