def to_min(t):
    h, m = map(int, t.split(":"))
    return h * 60 + m

def to_str(m):
    return f"{m // 60:02d}:{m % 60:02d}"

def merge(intervals):
    out = []
    for s, e in sorted(intervals):
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return [tuple(i) for i in out]

def free_slots(busy, day_start, day_end, min_len):
    slots = []
    cur = day_start
    for s, e in merge(busy):
        if s - cur >= min_len:
            slots.append((cur, s))
        cur = max(cur, e)
    if day_end - cur >= min_len:
        slots.append((cur, day_end))
    return slots

CALENDARS = {
    "ann": ["09:00-10:30", "12:00-13:00", "15:00-16:00"],
    "bob": ["09:30-11:00", "13:30-14:00", "16:30-17:30"],
    "cy": ["08:00-09:15", "11:30-12:15", "14:00-15:30"],
}
busy = {p: [tuple(to_min(x) for x in slot.split("-")) for slot in slots] for p, slots in CALENDARS.items()}
for person, intervals in busy.items():
    print(person, "free:", [f"{to_str(s)}-{to_str(e)}" for s, e in free_slots(intervals, to_min("08:00"), to_min("18:00"), 30)])
everyone = [iv for ivs in busy.values() for iv in ivs]
print("merged busy:", [f"{to_str(s)}-{to_str(e)}" for s, e in merge(everyone)])
for length in (30, 45, 60, 120):
    slots = free_slots(everyone, to_min("08:00"), to_min("18:00"), length)
    print(f"common {length:3d}-minute slots:", [f"{to_str(s)}-{to_str(e)}" for s, e in slots] or "none")

def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]
conflicts = [(p, q) for p in busy for q in busy if p < q
             and any(overlaps(x, y) for x in busy[p] for y in busy[q])]
print("conflicting pairs:", conflicts)
