# typical notebook use: records to JSON lines and back, aggregated
import json

rows = [{"city": "Oslo", "temp": -3.5, "rain": True},
        {"city": "Lima", "temp": 19.25, "rain": False},
        {"city": "Pune", "temp": 31.0, "rain": False}]
lines = [json.dumps(r, sort_keys=True) for r in rows]
for line in lines:
    print(line)
back = [json.loads(line) for line in lines]
print(sum(r["temp"] for r in back) / len(back))
print(json.dumps({"summary": {r["city"]: r["temp"] for r in back}}, indent=1, ensure_ascii=False))
print(json.dumps({"ümlaut": "naïve"}), json.dumps({"ümlaut": "naïve"}, ensure_ascii=False))
