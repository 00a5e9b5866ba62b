from datetime import date
print(date.fromisoformat('2024-03-01'), date.fromisoformat('20240301'), date.fromisoformat('2024-W10-5'))
print(date.fromisocalendar(2020, 53, 7), date.fromisocalendar(2021, 1, 1))
for y in range(2018, 2027):
    print(y, date(y, 1, 1).isocalendar(), date(y, 12, 31).isocalendar())
for bad in ['2024-3-01', '2024/03/01', '', 'x']:
    try:
        date.fromisoformat(bad)
    except ValueError as e:
        print('ValueError', e)
