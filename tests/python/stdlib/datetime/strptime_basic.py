from datetime import datetime
print(datetime.strptime('2023-07-04 13:45:10', '%Y-%m-%d %H:%M:%S'))
print(datetime.strptime('04/07/23 1:05 PM', '%d/%m/%y %I:%M %p'))
print(datetime.strptime('Jul 4 2023', '%b %d %Y'), datetime.strptime('Tuesday, 4 July 2023', '%A, %d %B %Y'))
print(repr(datetime.strptime('2023-01-01T00:00:00+0530', '%Y-%m-%dT%H:%M:%S%z')))
print(repr(datetime.strptime('2023-01-01 10:00 -02:00', '%Y-%m-%d %H:%M %z')))
print(datetime.strptime('2023 100', '%Y %j'), datetime.strptime('12.5', '%S.%f'), datetime.strptime('12:00 AM', '%I:%M %p'))
for s, f in [('2023-13-01', '%Y-%m-%d'), ('2023-01-01 extra', '%Y-%m-%d'), ('abc', '%Y')]:
    try:
        datetime.strptime(s, f)
    except ValueError as e:
        print('ValueError', e)
