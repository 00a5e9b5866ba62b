LOG = """2024-03-01 10:00:01 INFO  web   GET /index.html 200 12ms
2024-03-01 10:00:02 INFO  web   GET /about 200 8ms
2024-03-01 10:00:05 WARN  db    slow query 1500ms
2024-03-01 10:01:10 ERROR web   GET /api/users 500 230ms
2024-03-01 10:01:11 INFO  web   POST /api/login 200 45ms
2024-03-01 10:02:00 ERROR db    connection reset
2024-03-01 10:02:30 INFO  web   GET /index.html 304 3ms
garbage line without structure
2024-03-01 10:03:00 INFO  web   GET /api/users 200 120ms
2024-03-01 10:03:05 DEBUG cache miss key=user:7
2024-03-01 10:04:00 ERROR web   GET /api/orders 502 1000ms"""

entries = []
bad = 0
for line in LOG.splitlines():
    parts = line.split(None, 4)
    if len(parts) < 5 or parts[2] not in ("DEBUG", "INFO", "WARN", "ERROR"):
        bad += 1
        continue
    date, time, level, component, message = parts
    entries.append({"time": time, "level": level, "comp": component, "msg": message})

print(f"parsed {len(entries)} entries, {bad} malformed")
levels = {}
for e in entries:
    levels[e["level"]] = levels.get(e["level"], 0) + 1
for lvl in ("DEBUG", "INFO", "WARN", "ERROR"):
    print(f"{lvl:<6}{levels.get(lvl, 0):>3} {'*' * levels.get(lvl, 0)}")

requests = []
for e in entries:
    words = e["msg"].split()
    if e["comp"] == "web" and len(words) == 4:
        method, path, status, ms = words
        requests.append((method, path, int(status), int(ms.rstrip("ms"))))
by_path = {}
for method, path, status, ms in requests:
    stats = by_path.setdefault(path, {"n": 0, "ms": 0, "errors": 0})
    stats["n"] += 1
    stats["ms"] += ms
    stats["errors"] += status >= 500
print(f"{'path':<16}{'hits':>5}{'avg ms':>8}{'errors':>7}")
for path, s in sorted(by_path.items(), key=lambda kv: (-kv[1]["n"], kv[0])):
    print(f"{path:<16}{s['n']:>5}{s['ms'] / s['n']:>8.1f}{s['errors']:>7}")
errors = [e for e in entries if e["level"] == "ERROR"]
print("first error at", errors[0]["time"], "last at", errors[-1]["time"])
slowest = max(requests, key=lambda r: r[3])
print("slowest:", slowest)
