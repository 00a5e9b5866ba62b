# Mapping patterns use the mapping's get(): __missing__ is not triggered.
from collections.abc import Mapping


class Logged(Mapping):
    def __init__(self, data):
        self.data = data

    def __getitem__(self, key):
        print("  getitem", key)
        return self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __len__(self):
        return len(self.data)

    def get(self, key, default=None):
        print("  get", key)
        return self.data.get(key, default)


print("matching:")
match Logged({"a": 1, "b": 2}):
    case {"a": 1, "c": _}:
        print("no")
    case {"a": x, **rest}:
        print("a =", x, "rest =", rest)


class Missing(dict):
    def __missing__(self, key):
        print("  __missing__", key)
        return 0


match Missing(a=1):
    case {"b": _}:
        print("no b")
    case {"a": a}:
        print("a", a)
