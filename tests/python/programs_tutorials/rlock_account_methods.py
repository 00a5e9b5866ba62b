# RLock lets one locked method call another locked method of the same object.
import threading

class Inventory:
    def __init__(self):
        self._lock = threading.RLock()
        self._items = {}

    def add(self, name, n=1):
        with self._lock:
            self._items[name] = self._items.get(name, 0) + n

    def add_many(self, names):
        with self._lock:
            for name in names:
                self.add(name)

    def move_all(self, other):
        with self._lock:
            for name, n in list(self._items.items()):
                other.add(name, n)
            self._items.clear()

    def snapshot(self):
        with self._lock:
            return dict(sorted(self._items.items()))

inv = Inventory()
ts = [threading.Thread(target=inv.add_many, args=(["apple", "pear", "plum"] * 50,)) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(inv.snapshot())
other = Inventory()
inv.move_all(other)
print(inv.snapshot(), other.snapshot())
r = threading.RLock()
r.acquire(); r.acquire()
print("owned twice:", "count=2" in repr(r))
r.release(); r.release()
print("free:", "unlocked" in repr(r))
