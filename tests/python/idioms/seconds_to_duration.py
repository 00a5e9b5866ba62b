def fmt_duration(seconds):
    if seconds < 0:
        return "-" + fmt_duration(-seconds)
    days, rem = divmod(seconds, 86400)
    hours, rem = divmod(rem, 3600)
    minutes, secs = divmod(rem, 60)
    parts = []
    for value, unit in ((days, "d"), (hours, "h"), (minutes, "m")):
        if value:
            parts.append(f"{value}{unit}")
    if secs or not parts:
        parts.append(f"{secs}s")
    return " ".join(parts)

def clock(seconds):
    h, rem = divmod(seconds, 3600)
    m, s = divmod(rem, 60)
    return f"{h:02d}:{m:02d}:{s:02d}"

for s in [0, 59, 60, 3599, 3600, 86399, 90061, 1000000, -125]:
    print(f"{s:>8} {fmt_duration(s):<16} {clock(abs(s))}")
print(clock(int(5025.7)), divmod(5025.5, 60))
