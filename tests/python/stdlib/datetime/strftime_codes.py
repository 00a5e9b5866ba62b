from datetime import date, datetime, time, timezone, timedelta
dt = datetime(2020, 1, 5, 13, 4, 5, 7)
for code in 'aAwdbBmyYHIpMSfzZjUWcxXuVG%':
    print(code, repr(dt.strftime('%' + code)))
d = date(2024, 2, 29)
print(d.strftime('%Y-%m-%d %A %B %j %U %W %a %b %y %w'), d.ctime(), f'{d:%d/%m/%Y}', format(d, ''))
print(time(9, 5, 7, 12).strftime('%H:%M:%S.%f %I %p'), datetime(2021, 6, 1, 0, 0, tzinfo=timezone(timedelta(hours=-3, minutes=-30))).strftime('%z %Z'))
print(dt.ctime(), f'{dt:%Y/%m/%d %H.%M}', f'{dt}')
