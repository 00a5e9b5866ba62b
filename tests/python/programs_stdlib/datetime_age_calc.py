from datetime import date, datetime, timedelta

def age(born, today):
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))

today = date(2024, 5, 15)
for b in [date(2000, 5, 15), date(2000, 5, 16), date(1990, 12, 31), date(2004, 2, 29)]:
    print(b, age(b, today), (today - b).days, b.strftime("%A"), b.isoformat())
def add_months(d, n):
    m = d.month - 1 + n
    y = d.year + m // 12
    m = m % 12 + 1
    import calendar
    return d.replace(year=y, month=m, day=min(d.day, calendar.monthrange(y, m)[1]))
for n in (1, 2, 12, -1, -13):
    print(n, add_months(date(2024, 1, 31), n))
start = datetime(2024, 3, 1, 9, 0)
slots = [start + timedelta(minutes=45 * i) for i in range(5)]
print([s.strftime("%H:%M") for s in slots])
print([d.strftime("%a %d") for d in (date(2024, 3, 1) + timedelta(days=i) for i in range(7)) if d.weekday() < 5])
deadline = datetime(2024, 12, 25, 0, 0)
now = datetime(2024, 11, 30, 13, 45, 10)
left = deadline - now
print(left, left.days, left.seconds // 3600, (left.seconds // 60) % 60, left.total_seconds())
print(f"{left.days} days, {left.seconds // 3600:02d}h")
weeks, days = divmod(left.days, 7)
print(weeks, days)
d = date(2024, 1, 1)
print([(d + timedelta(weeks=w)).isocalendar()[1] for w in range(0, 53, 13)])
print(date(2024, 12, 30).isocalendar(), date(2027, 1, 1).isocalendar())
print(sum(1 for i in range(366) if (date(2024, 1, 1) + timedelta(i)).weekday() == 4 and (date(2024, 1, 1) + timedelta(i)).day == 13))
print(datetime.strptime("31/12/2023 23:59", "%d/%m/%Y %H:%M") + timedelta(minutes=1))
print(min(date(2024, 1, 5), date(2023, 6, 1)), sorted([date(2024, 3, 1), date(2024, 1, 1)])[0])
print(timedelta(days=365) // timedelta(weeks=1), timedelta(hours=36) / timedelta(days=1))
print(str(timedelta(seconds=86399)), str(timedelta(seconds=86400)), str(timedelta(seconds=-1)), str(timedelta(microseconds=1500)))
print(repr(timedelta(days=1, microseconds=5)), repr(timedelta(seconds=-1)))
print(date.today() > date(2000, 1, 1), isinstance(datetime.now(), date))
