import json
from collections import Counter, defaultdict
from datetime import datetime

LINES = r'''{"ts": "2024-05-01T10:00:00", "user": "u1", "event": "view", "page": "/home"}
{"ts": "2024-05-01T10:00:05", "user": "u2", "event": "view", "page": "/pricing"}
{"ts": "2024-05-01T10:01:00", "user": "u1", "event": "click", "target": "signup"}
not json at all
{"ts": "2024-05-01T10:02:30", "user": "u3", "event": "view", "page": "/home", "ref": null}
{"ts": "2024-05-01T10:03:00", "user": "u2", "event": "purchase", "amount": 49.5, "items": ["pro"]}
{"ts": "2024-05-01T10:04:00", "user": "u1", "event": "purchase", "amount": 19.99, "items": ["basic", "addon"]}
{"ts": "bad-date", "user": "u4", "event": "view"}
{"ts": "2024-05-01T10:05:00", "user": "u3", "event": "view", "page": "/home",}

{"ts": "2024-05-01T10:06:00", "user": "u2", "event": "logout"}'''
events = []
for n, line in enumerate(LINES.splitlines(), 1):
    if not line.strip():
        continue
    try:
        ev = json.loads(line)
        ev["ts"] = datetime.fromisoformat(ev["ts"])
    except json.JSONDecodeError as e:
        print(f"line {n}: JSONDecodeError: {e.msg} (col {e.colno})")
        continue
    except ValueError as e:
        print(f"line {n}: {type(e).__name__}: {e}")
        continue
    events.append(ev)
print(len(events), Counter(e["event"] for e in events))
sessions = defaultdict(list)
for e in events:
    sessions[e["user"]].append(e)
for user, evs in sorted(sessions.items()):
    span = evs[-1]["ts"] - evs[0]["ts"]
    kinds = "->".join(e["event"] for e in evs)
    print(f"{user}: {len(evs)} events over {span} [{kinds}]")
revenue = sum(e.get("amount", 0) for e in events)
print(f"revenue {revenue:.2f}", Counter(i for e in events for i in e.get("items", [])))
pages = Counter(e["page"] for e in events if "page" in e)
print(pages.most_common(), {k: v for k, v in pages.items() if v > 1})
buyers = {e["user"] for e in events if e["event"] == "purchase"}
viewers = {e["user"] for e in events if e["event"] == "view"}
print(sorted(buyers & viewers), sorted(viewers - buyers), sorted(buyers | viewers), len(buyers ^ viewers))
out = [json.dumps({**e, "ts": e["ts"].isoformat()}, sort_keys=True) for e in events[:2]]
print("\n".join(out))
print(json.dumps({"summary": {"users": len(sessions), "revenue": round(revenue, 2), "pages": dict(pages)}}, indent=2))
json.loads(LINES.splitlines()[3])
