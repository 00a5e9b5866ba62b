# Parse a web-server style log file: status counts, top paths, bytes per hour, malformed lines.
import os
import re
import tempfile
from collections import Counter, defaultdict

LOG = """\
127.0.0.1 - - [10/Oct/2023:13:55:36 +0000] "GET /index.html HTTP/1.1" 200 2326
10.0.0.5 - alice [10/Oct/2023:13:56:01 +0000] "POST /login HTTP/1.1" 302 0
10.0.0.5 - alice [10/Oct/2023:14:02:11 +0000] "GET /dashboard HTTP/1.1" 200 5120
192.168.1.9 - - [10/Oct/2023:14:10:45 +0000] "GET /missing.png HTTP/1.1" 404 512
this line is garbage
127.0.0.1 - - [10/Oct/2023:15:00:00 +0000] "GET /index.html HTTP/1.1" 200 2326
10.0.0.7 - bob [10/Oct/2023:15:20:13 +0000] "DELETE /api/item/7 HTTP/1.1" 500 -
"""
PATTERN = re.compile(r'(?P<ip>\S+) \S+ (?P<user>\S+) \[(?P<ts>[^\]]+)\] "(?P<method>\w+) (?P<path>\S+) [^"]+" (?P<status>\d{3}) (?P<size>\d+|-)')

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "access.log")
    with open(path, "w") as f:
        f.write(LOG)

    statuses = Counter()
    paths = Counter()
    per_hour = defaultdict(int)
    users = set()
    bad = []
    with open(path) as f:
        for lineno, line in enumerate(f, 1):
            m = PATTERN.match(line)
            if not m:
                bad.append((lineno, line.strip()))
                continue
            statuses[m["status"]] += 1
            paths[m["path"]] += 1
            hour = m["ts"].split(":")[1]
            per_hour[hour] += 0 if m["size"] == "-" else int(m["size"])
            if m["user"] != "-":
                users.add(m["user"])
    print(sorted(statuses.items()))
    print(paths.most_common(2))
    print(dict(sorted(per_hour.items())))
    print(sorted(users), bad)

    errors_path = os.path.join(tmp, "errors.log")
    with open(path) as src, open(errors_path, "w") as dst:
        for line in src:
            m = PATTERN.match(line)
            if m and m["status"].startswith(("4", "5")):
                dst.write(f"{m['status']} {m['method']} {m['path']}\n")
    with open(errors_path) as f:
        print(f.read(), end="")

    def tail(p, n):
        with open(p, "rb") as f:
            f.seek(0, os.SEEK_END)
            end = f.tell()
            size = min(end, 200)
            f.seek(end - size)
            return f.read().decode().splitlines()[-n:]
    print(tail(path, 2))
    with open(path) as f:
        grep = [l.rstrip() for l in f if "alice" in l]
    print(len(grep), grep[0][:40])
