# dump/load through files and round trips of nested data
import json, io

data = {"users": [{"id": i, "name": "user%d" % i, "score": i * 1.5, "tags": ["t"] * (i % 3)} for i in range(4)],
        "meta": {"count": 4, "ok": True, "none": None}}
s = json.dumps(data, sort_keys=True, indent=2)
print(s)
print(json.loads(s) == data)
buf = io.StringIO()
json.dump(data, buf, separators=(',', ':'))
print(buf.getvalue())
buf.seek(0)
print(json.load(buf) == data)
for v in [0.1, 1e-10, 123456789.123, 2**53 + 1, -1e300, 5e-324, 1.7976931348623157e308]:
    t = json.dumps(v)
    print(t, json.loads(t) == v)
