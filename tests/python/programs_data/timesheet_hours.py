from datetime import datetime, timedelta, date
from collections import defaultdict

entries = """2024-03-04 09:00-12:30 design
2024-03-04 13:15-17:45 coding
2024-03-05 08:30-11:00 review
2024-03-05 22:00-01:30 deploy
2024-03-06 10:00-10:00 standup
2024-03-07 9:00-17:00 coding
2024-03-08 14:00-13:00 broken"""
per_day = defaultdict(timedelta)
per_task = defaultdict(timedelta)
for line in entries.splitlines():
    day, span, task = line.split()
    start_s, end_s = span.split("-")
    start = datetime.strptime(f"{day} {start_s}", "%Y-%m-%d %H:%M")
    end = datetime.strptime(f"{day} {end_s}", "%Y-%m-%d %H:%M")
    if end < start:
        if task == "broken":
            print("suspicious:", line)
            continue
        end += timedelta(days=1)
    dur = end - start
    per_day[start.date()] += dur
    per_task[task] += dur
for d in sorted(per_day):
    hours = per_day[d].total_seconds() / 3600
    print(f"{d:%a %d %b}: {per_day[d]} = {hours:5.2f}h {'*' * int(hours)}")
for t, dur in sorted(per_task.items(), key=lambda kv: kv[1], reverse=True):
    print(f"{t:<8}{str(dur):>10}")
total = sum(per_day.values(), timedelta())
print("total", total, total / len(per_day), total // 7, (total / timedelta(hours=1)))
week = date(2024, 3, 4).isocalendar()
print(week, week.week, week[1], tuple(week))
print(date.fromisocalendar(2024, 10, 1), date(2024, 3, 4).strftime("%G-W%V-%u"))
print(datetime.combine(date(2024, 3, 4), datetime.min.time()), datetime.min, datetime.max)
print(str(timedelta(hours=-1, minutes=-30)), timedelta(days=400) // timedelta(days=7), divmod(timedelta(hours=25), timedelta(days=1)))
print(timedelta(seconds=3.5), timedelta(milliseconds=1500), timedelta(minutes=1.5), round(timedelta(seconds=100).total_seconds() / 60, 3))
print(datetime(2024, 1, 31) + timedelta(days=30), date(2024, 3, 31).replace(day=1) - timedelta(days=1))
try:
    date(2024, 1, 31).replace(month=2)
except ValueError as e:
    print(type(e).__name__, e)
try:
    timedelta(days=10**9)
except OverflowError as e:
    print(type(e).__name__, e)
try:
    datetime.strptime("25:00", "%H:%M")
except ValueError as e:
    print(type(e).__name__, e)
print(datetime.strptime("2024-060", "%Y-%j").date(), datetime.strptime("Mon 4 March 2024", "%a %d %B %Y"))
print(datetime.strptime("2024-03-04T10:00:00+0530", "%Y-%m-%dT%H:%M:%S%z"))
print(datetime.strptime("  7", "%d") if False else datetime.strptime("7/3/24", "%d/%m/%y"))
datetime.strptime("2024-03-04 9am", "%Y-%m-%d %H:%M")
