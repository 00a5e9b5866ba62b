# An append-only key-value store in a text file with compaction, like a tiny log-structured database.
import json
import os
import tempfile

class Store:
    def __init__(self, path):
        self.path = path
        self.index = {}
        if os.path.exists(path):
            with open(path, encoding="utf-8") as f:
                for line in f:
                    op, key, value = json.loads(line)
                    if op == "set":
                        self.index[key] = value
                    else:
                        self.index.pop(key, None)

    def _append(self, record):
        with open(self.path, "a", encoding="utf-8") as f:
            f.write(json.dumps(record, ensure_ascii=False) + "\n")

    def set(self, key, value):
        self.index[key] = value
        self._append(["set", key, value])

    def delete(self, key):
        if key not in self.index:
            raise KeyError(key)
        del self.index[key]
        self._append(["del", key, None])

    def compact(self):
        tmp = self.path + ".tmp"
        with open(tmp, "w", encoding="utf-8") as f:
            for key in sorted(self.index):
                f.write(json.dumps(["set", key, self.index[key]], ensure_ascii=False) + "\n")
        os.replace(tmp, self.path)

    def lines(self):
        with open(self.path, encoding="utf-8") as f:
            return sum(1 for _ in f)

with tempfile.TemporaryDirectory() as tmp:
    db = os.path.join(tmp, "store.log")
    s = Store(db)
    for i in range(5):
        s.set(f"user:{i}", {"n": i, "name": "ünïcode" if i == 3 else f"u{i}"})
    s.set("user:1", {"n": 1, "name": "renamed"})
    s.delete("user:2")
    try:
        s.delete("user:99")
    except KeyError as e:
        print(type(e).__name__, e)
    print(s.lines(), len(s.index))
    s2 = Store(db)
    print(s2.index == s.index, sorted(s2.index))
    s2.compact()
    print(s2.lines(), sorted(os.listdir(tmp)))
    s3 = Store(db)
    print(s3.index["user:3"], s3.index["user:1"])
    with open(db, encoding="utf-8") as f:
        print(f.readline().strip())
    with open(db, "a") as f:
        f.write("{broken json\n")
    try:
        Store(db)
    except json.JSONDecodeError as e:
        print(type(e).__name__, e)
