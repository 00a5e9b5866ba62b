# A key's __eq__ or __hash__ that starts another thread which writes to the same dict (or set),
# and waits for it, must not deadlock: no internal lock is held while Python code runs.
import threading

d = {}
s = set()


def write_from_other_thread(target, key):
    def writer():
        if isinstance(target, dict):
            target[key] = "written by " + threading.current_thread().name
            target.pop(key)
        else:
            target.add(key)
            target.discard(key)
    t = threading.Thread(target=writer, name="writer")
    t.start()
    t.join(10)
    return not t.is_alive()


class Key:
    def __init__(self, name, target):
        self.name = name
        self.target = target
        self.finished = []

    def __hash__(self):
        self.finished.append(write_from_other_thread(self.target, ("hash", self.name)))
        return 42

    def __eq__(self, other):
        self.finished.append(write_from_other_thread(self.target, ("eq", self.name)))
        return isinstance(other, Key) and self.name == other.name


results = {}


def exercise(target):
    a, b = Key("a", target), Key("b", target)
    if isinstance(target, dict):
        target[a] = 1
        target[b] = 2          # same hash: b.__eq__ or a.__eq__ runs during the insert
        results["dict"] = (target[Key("a", target)], target.get(Key("b", target)), Key("c", target) in target)
    else:
        target.add(a)
        target.add(b)
        results["set"] = (Key("a", target) in target, Key("c", target) in target, len(target))
    results[type(target).__name__ + " writers finished"] = all(a.finished) and all(b.finished)


runners = [threading.Thread(target=exercise, args=(c,)) for c in (d, s)]
for t in runners:
    t.start()
for t in runners:
    t.join(30)
print("all finished:", not any(t.is_alive() for t in runners))
print(sorted(results.items()))
print(sorted(k.name for k in d), sorted(k.name for k in s))

# Two threads hammering one dict with keys whose __eq__ reads the same dict.
class Probe:
    def __init__(self, n):
        self.n = n
    def __hash__(self):
        return self.n % 8
    def __eq__(self, other):
        len(shared)
        bool(shared)
        return isinstance(other, Probe) and self.n == other.n

shared = {}
def hammer(k):
    for i in range(2000):
        shared[Probe(k * 10_000 + i % 50)] = i
        shared.pop(Probe(k * 10_000 + (i + 25) % 50), None)
hs = [threading.Thread(target=hammer, args=(k,)) for k in range(2)]
for t in hs:
    t.start()
for t in hs:
    t.join(30)
print("hammer finished:", not any(t.is_alive() for t in hs), len(shared) <= 100)
