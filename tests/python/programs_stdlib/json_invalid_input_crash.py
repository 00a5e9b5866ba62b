import json

records = ['{"id": 1, "name": "ok"}', '{"id": 2, "name": "fine"}', '{"id": 3, "name": "broken"']
parsed = []
for r in records:
    obj = json.loads(r)
    parsed.append(obj)
    print("parsed", obj["id"], obj["name"])
print("never reached")
