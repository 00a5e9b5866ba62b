from collections import OrderedDict
from typing import Optional


class LRUCache:
    def __init__(self, capacity: int):
        self.cap = capacity
        self.data: "OrderedDict[int, int]" = OrderedDict()

    def get(self, key: int) -> int:
        if key not in self.data:
            return -1
        self.data.move_to_end(key)
        return self.data[key]

    def put(self, key: int, value: int) -> None:
        self.data[key] = value
        self.data.move_to_end(key)
        if len(self.data) > self.cap:
            self.data.popitem(last=False)


class Trie:
    def __init__(self):
        self.root = {}

    def insert(self, word: str) -> None:
        node = self.root
        for ch in word:
            node = node.setdefault(ch, {})
        node["$"] = True

    def search(self, word: str) -> bool:
        node = self._walk(word)
        return node is not None and "$" in node

    def startsWith(self, prefix: str) -> bool:
        return self._walk(prefix) is not None

    def _walk(self, s: str) -> Optional[dict]:
        node = self.root
        for ch in s:
            if ch not in node:
                return None
            node = node[ch]
        return node


class TimeMap:
    def __init__(self):
        import collections
        self.store = collections.defaultdict(list)

    def set(self, key, value, timestamp):
        self.store[key].append((timestamp, value))

    def get(self, key, timestamp):
        import bisect
        arr = self.store.get(key, [])
        i = bisect.bisect_right(arr, (timestamp, chr(0x10FFFF)))
        return arr[i - 1][1] if i else ""


def run(cls, ops, args):
    obj = None
    out = []
    for op, a in zip(ops, args):
        if op == cls.__name__:
            obj = cls(*a)
            out.append(None)
        else:
            out.append(getattr(obj, op)(*a))
    return out


print(run(LRUCache, ["LRUCache", "put", "put", "get", "put", "get", "put", "get", "get", "get"],
          [[2], [1, 1], [2, 2], [1], [3, 3], [2], [4, 4], [1], [3], [4]]))
print(run(Trie, ["Trie", "insert", "search", "search", "startsWith", "insert", "search"],
          [[], ["apple"], ["apple"], ["app"], ["app"], ["app"], ["app"]]))
print(run(TimeMap, ["TimeMap", "set", "get", "get", "set", "get", "get"],
          [[], ["foo", "bar", 1], ["foo", 1], ["foo", 3], ["foo", "bar2", 4], ["foo", 4], ["foo", 5]]))
c = LRUCache(3)
for k in [1, 2, 3, 1, 4]:
    c.put(k, k * k)
print(c.data, list(c.data.items()))
od = OrderedDict.fromkeys("abcde")
od.move_to_end("b")
od.move_to_end("e", last=False)
print(od, od.popitem(), list(od))
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), dict(a=1, b=2) == OrderedDict(b=2, a=1))
t = Trie()
for w in ["to", "tea", "ted", "ten", "i", "in", "inn"]:
    t.insert(w)
print(t.root)
