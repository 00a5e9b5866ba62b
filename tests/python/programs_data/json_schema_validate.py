import json
from typing import Any

SCHEMA = {"name": str, "age": int, "email": str, "tags": list, "score": (int, float), "active": bool}
DOCS = ['{"name": "ann", "age": 31, "email": "ann@x.org", "tags": ["a"], "score": 9.5, "active": true}',
        '{"name": "bob", "age": "31", "email": null, "tags": "a,b", "score": 7, "active": 1}',
        '{"name": "cy", "age": 40.0, "tags": [], "score": true, "extra": {}}',
        '{"name": "dee", "age": 22, "email": "d@x.org", "tags": [1, 2], "score": 1e3, "active": false',
        '[1, 2, 3]']

def validate(doc: Any) -> list[str]:
    if not isinstance(doc, dict):
        return [f"expected object, got {type(doc).__name__}"]
    errors = []
    for key, typ in SCHEMA.items():
        if key not in doc:
            errors.append(f"missing {key!r}")
            continue
        val = doc[key]
        ok = isinstance(val, typ) and not (typ in (int, (int, float)) and isinstance(val, bool))
        if not ok:
            names = typ.__name__ if isinstance(typ, type) else " or ".join(t.__name__ for t in typ)
            errors.append(f"{key}: expected {names}, got {type(val).__name__} {json.dumps(val)}")
    for key in sorted(set(doc) - set(SCHEMA)):
        errors.append(f"unexpected {key!r}")
    return errors

for i, text in enumerate(DOCS, 1):
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as e:
        print(f"doc {i}: invalid JSON: {e.msg} at line {e.lineno} col {e.colno} (pos {e.pos})")
        continue
    errs = validate(doc)
    print(f"doc {i}: {'OK' if not errs else str(len(errs)) + ' problem(s)'}")
    for e in errs:
        print("   -", e)
print(json.dumps({k: v.__name__ if isinstance(v, type) else [t.__name__ for t in v] for k, v in SCHEMA.items()}, indent=2))
print(isinstance(True, int), json.loads("1.0") == 1, type(json.loads("1.0")).__name__, json.loads("1E2"))
json.loads(DOCS[3])
