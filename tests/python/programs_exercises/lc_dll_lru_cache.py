class Node:
    __slots__ = ("key", "val", "prev", "next")

    def __init__(self, key=0, val=0):
        self.key, self.val = key, val
        self.prev = self.next = None

    def __repr__(self):
        return f"({self.key}:{self.val})"


class LRUCache:
    def __init__(self, capacity: int):
        self.cap = capacity
        self.map = {}
        self.head, self.tail = Node(), Node()
        self.head.next, self.tail.prev = self.tail, self.head

    def _unlink(self, n):
        n.prev.next, n.next.prev = n.next, n.prev

    def _push_front(self, n):
        n.prev, n.next = self.head, self.head.next
        self.head.next.prev = n
        self.head.next = n

    def get(self, key: int) -> int:
        if key not in self.map:
            return -1
        n = self.map[key]
        self._unlink(n)
        self._push_front(n)
        return n.val

    def put(self, key: int, value: int) -> None:
        if key in self.map:
            self._unlink(self.map[key])
        n = self.map[key] = Node(key, value)
        self._push_front(n)
        if len(self.map) > self.cap:
            lru = self.tail.prev
            self._unlink(lru)
            del self.map[lru.key]

    def __iter__(self):
        n = self.head.next
        while n is not self.tail:
            yield n
            n = n.next

    def __repr__(self):
        return "LRU[" + " <-> ".join(map(repr, self)) + "]"

    def __len__(self):
        return len(self.map)

    def __contains__(self, key):
        return key in self.map


class LFUCache:
    def __init__(self, capacity: int):
        from collections import defaultdict, OrderedDict
        self.cap = capacity
        self.vals = {}
        self.freq = {}
        self.buckets = defaultdict(OrderedDict)
        self.minf = 0

    def _touch(self, key):
        f = self.freq[key]
        del self.buckets[f][key]
        if not self.buckets[f]:
            del self.buckets[f]
            if self.minf == f:
                self.minf += 1
        self.freq[key] = f + 1
        self.buckets[f + 1][key] = None

    def get(self, key):
        if key not in self.vals:
            return -1
        self._touch(key)
        return self.vals[key]

    def put(self, key, value):
        if self.cap == 0:
            return
        if key in self.vals:
            self.vals[key] = value
            self._touch(key)
            return
        if len(self.vals) >= self.cap:
            old, _ = self.buckets[self.minf].popitem(last=False)
            if not self.buckets[self.minf]:
                del self.buckets[self.minf]
            del self.vals[old], self.freq[old]
        self.vals[key], self.freq[key], self.minf = value, 1, 1
        self.buckets[1][key] = None


c = LRUCache(2)
log = []
for op, *args in [("put", 1, 1), ("put", 2, 2), ("get", 1), ("put", 3, 3), ("get", 2), ("put", 4, 4),
                  ("get", 1), ("get", 3), ("get", 4), ("put", 3, 33)]:
    log.append(getattr(c, op)(*args))
    print(f"{op}{tuple(args)!s:<8} -> {log[-1]!s:>4}  {c}")
print(log, len(c), 3 in c, 1 in c, [n.key for n in c])
lfu = LFUCache(2)
ops = [("put", 1, 1), ("put", 2, 2), ("get", 1), ("put", 3, 3), ("get", 2), ("get", 3), ("put", 4, 4),
       ("get", 1), ("get", 3), ("get", 4)]
print([getattr(lfu, op)(*a) for op, *a in ops])
print(dict(lfu.buckets), lfu.freq, lfu.minf)
