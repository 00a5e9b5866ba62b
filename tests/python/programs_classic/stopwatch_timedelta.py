from datetime import date, datetime, time, timedelta

laps = [timedelta(minutes=1, seconds=12, milliseconds=345), timedelta(seconds=58, microseconds=120000),
        timedelta(minutes=2, seconds=3), timedelta(seconds=59, milliseconds=999)]
total = sum(laps, timedelta())
print("total:", total, repr(total), total.total_seconds())
best = min(laps)
for i, lap in enumerate(laps, 1):
    mins, secs = divmod(lap.total_seconds(), 60)
    marker = " *best*" if lap == best else ""
    print(f"lap {i}: {int(mins):02d}:{secs:06.3f} ({lap}){marker} diff {lap - best}")
avg = total / len(laps)
print("average:", avg, "ratio fastest/slowest:", round(best / max(laps), 4))
start = datetime(2024, 12, 31, 23, 59, 30)
for delta in (timedelta(seconds=45), timedelta(hours=25), timedelta(days=-1, seconds=1), timedelta(weeks=1)):
    print(f"{start} + {str(delta):>20} = {start + delta}")
d1, d2 = date(2024, 1, 1), date(2024, 12, 25)
print((d2 - d1).days, "days until Christmas;", (d2 - d1) // timedelta(weeks=1), "weeks")
print(timedelta(days=1) // timedelta(hours=5), timedelta(days=1) % timedelta(hours=5), -timedelta(hours=1), abs(-timedelta(hours=1)))
print(timedelta(hours=1.5), timedelta(0.5), timedelta(seconds=3661), timedelta(microseconds=-1), timedelta(days=999999))
print(time(14, 5), time(9, 30, 15, 500), time(23, 59).isoformat("minutes"), datetime.combine(d1, time(8)).strftime("%c"))
shift_start = datetime(2024, 3, 10, 22, 0)
shift_end = datetime(2024, 3, 11, 6, 30)
worked = shift_end - shift_start
hours = worked.total_seconds() / 3600
print(f"worked {worked} = {hours:.2f} h, pay ${hours * 18.75:,.2f}")
print(sorted(laps)[:2], max(laps) > timedelta(minutes=2), timedelta(seconds=60) == timedelta(minutes=1))
print(datetime(2024, 2, 28) + timedelta(days=1), datetime(2023, 2, 28) + timedelta(days=1), date(2024, 3, 1) - timedelta(days=1))
print(datetime.fromisoformat("2024-05-06T07:08:09"), datetime(2024, 5, 6).isoweekday(), datetime(2024, 5, 6).strftime("%U %W %j"))
