import re
from collections import Counter, defaultdict
LOG = """\
192.168.1.10 - - [10/Oct/2023:13:55:36 +0000] "GET /index.html HTTP/1.1" 200 2326 "-" "Mozilla/5.0"
10.0.0.5 - bob [10/Oct/2023:13:56:01 +0000] "POST /api/login HTTP/1.1" 401 128 "-" "curl/7.68.0"
192.168.1.10 - - [10/Oct/2023:13:57:12 +0000] "GET /images/logo.png HTTP/1.1" 304 0 "http://x/index.html" "Mozilla/5.0"
172.16.0.3 - alice [10/Oct/2023:14:01:44 +0000] "GET /api/items?page=2&size=50 HTTP/2.0" 200 51234 "-" "python-requests/2.31"
10.0.0.5 - bob [10/Oct/2023:14:02:00 +0000] "POST /api/login HTTP/1.1" 200 512 "-" "curl/7.68.0"
bad line here
172.16.0.3 - alice [10/Oct/2023:14:05:09 +0000] "DELETE /api/items/17 HTTP/2.0" 500 73 "-" "python-requests/2.31"
"""
LINE = re.compile(r'(?P<ip>\d{1,3}(?:\.\d{1,3}){3}) \S+ (?P<user>\S+) \[(?P<ts>[^\]]+)\] "(?P<method>[A-Z]+) (?P<path>\S+) (?P<proto>[^"]+)" (?P<status>\d{3}) (?P<size>\d+) "(?P<ref>[^"]*)" "(?P<ua>[^"]*)"')
records, bad = [], []
for n, line in enumerate(LOG.splitlines(), 1):
    m = LINE.fullmatch(line)
    if m:
        d = m.groupdict()
        d["status"], d["size"] = int(d["status"]), int(d["size"])
        records.append(d)
    else:
        bad.append(n)
print(f"parsed {len(records)} records; unparseable lines: {bad}")
by_status = Counter(r["status"] // 100 * 100 for r in records)
print("by status class:", {f"{k // 100}xx": v for k, v in sorted(by_status.items())})
bytes_by_ip = defaultdict(int)
for r in records:
    bytes_by_ip[r["ip"]] += r["size"]
for ip, total in sorted(bytes_by_ip.items(), key=lambda kv: -kv[1]):
    print(f"  {ip:<15} {total:>8,d} B {total / 1024:>8.2f} KiB")
for r in records:
    path, _, query = r["path"].partition("?")
    params = dict(p.split("=", 1) for p in query.split("&")) if query else {}
    hh_mm = re.search(r":(\d\d:\d\d):", r["ts"]).group(1)
    user = r["user"] if r["user"] != "-" else "(anon)"
    print(f"{hh_mm} {r['method']:<6} {path:<22} {r['status']} {user:<8} {params}")
agents = Counter(re.split(r"[/ ]", r["ua"])[0] for r in records)
print(agents.most_common())
errors = [f"{r['method']} {r['path']} -> {r['status']}" for r in records if r["status"] >= 400]
print("\n".join(errors) or "no errors")
print(re.sub(r"\d{1,3}(?:\.\d{1,3}){3}", lambda m: ".".join(m.group().split(".")[:2] + ["x", "x"]), LOG.splitlines()[0]))
