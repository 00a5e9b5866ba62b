ENTRIES = """ann 2024-05-06 09:00 12:30 design
ann 2024-05-06 13:15 17:45 design
bob 2024-05-06 08:30 16:30 support
ann 2024-05-07 09:10 11:00 meetings
ann 2024-05-07 11:00 18:20 coding
bob 2024-05-07 22:00 02:00 support
cy 2024-05-07 10:00 10:00 coding
cy 2024-05-08 09:00 25:00 coding
bob 2024-05-08 09:00 12:00 meetings"""

def minutes(hhmm):
    h, m = hhmm.split(":")
    h, m = int(h), int(m)
    if not (0 <= h < 24 and 0 <= m < 60):
        raise ValueError(f"bad time {hhmm}")
    return h * 60 + m

def fmt(mins):
    return f"{mins // 60}h{mins % 60:02d}"

per_person, per_task, per_day, problems = {}, {}, {}, []
for line in ENTRIES.splitlines():
    who, day, start, end, task = line.split()
    try:
        s, e = minutes(start), minutes(end)
    except ValueError as err:
        problems.append(f"{who} {day}: {err}")
        continue
    if e <= s:
        if e == s:
            problems.append(f"{who} {day}: zero-length entry")
            continue
        e += 24 * 60
    dur = e - s
    per_person[who] = per_person.get(who, 0) + dur
    per_task[task] = per_task.get(task, 0) + dur
    per_day.setdefault(day, {}).setdefault(who, 0)
    per_day[day][who] += dur

print("by person:")
for who, mins in sorted(per_person.items()):
    flag = " (overtime)" if mins > 16 * 60 else ""
    print(f"  {who:<4} {fmt(mins):>7}{flag}")
print("by task:")
total = sum(per_task.values())
for task, mins in sorted(per_task.items(), key=lambda kv: -kv[1]):
    print(f"  {task:<9} {fmt(mins):>7} {mins / total:6.1%}")
print("by day:")
for day in sorted(per_day):
    print(f"  {day} " + ", ".join(f"{w}={fmt(m)}" for w, m in sorted(per_day[day].items())))
print("problems:")
for p in problems:
    print("  " + p)
