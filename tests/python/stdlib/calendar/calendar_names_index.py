import calendar
for n in ("month_name","day_name","month_abbr","day_abbr"):
    try:
        getattr(calendar,n)[20]
    except IndexError as e:
        print(n, e)
print(type(calendar.month_name).__name__, type(calendar.day_abbr).__name__, calendar.month_name[1:3], calendar.day_abbr[::3], len(calendar.month_name), list(calendar.day_name)[-1])
