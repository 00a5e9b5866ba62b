# Loading a JSON settings file with a trailing comma: json.load raises JSONDecodeError, uncaught.
import json
import os
import tempfile

DEFAULTS = {"theme": "dark", "size": 12}

def load_settings(path):
    settings = dict(DEFAULTS)
    with open(path, encoding="utf-8") as f:
        settings.update(json.load(f))
    return settings

with tempfile.TemporaryDirectory() as tmp:
    good = os.path.join(tmp, "good.json")
    with open(good, "w") as f:
        json.dump({"size": 14, "font": "mono"}, f)
    print(load_settings(good))
    bad = os.path.join(tmp, "bad.json")
    with open(bad, "w") as f:
        f.write('{\n  "size": 16,\n  "font": "serif",\n}\n')
    print(load_settings(bad))
