import itertools
import threading
from collections import Counter, deque

# itertools.count: next() is atomic, a common lock-free ticket dispenser
tickets = itertools.count(1)
taken = []
def take(n):
    mine = [next(tickets) for _ in range(n)]
    taken.extend(mine)
ts = [threading.Thread(target=take, args=(250,)) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(len(taken), len(set(taken)), min(taken), max(taken))

# list.append / deque.append are atomic
d = deque()
lst = []
def push(tag):
    for i in range(500):
        d.append((tag, i))
        lst.append(i)
ts = [threading.Thread(target=push, args=(k,)) for k in "abcd"]
for t in ts: t.start()
for t in ts: t.join()
print(len(d), len(lst), sorted(Counter(tag for tag, _ in d).items()))

# per-thread partial counts merged at the end: no shared mutation at all
def count_words(words, out, idx):
    out[idx] = Counter(words)
text = ("red green blue red red yellow green blue blue blue " * 20).split()
parts = [text[i::4] for i in range(4)]
partial = [None] * 4
ts = [threading.Thread(target=count_words, args=(p, partial, i)) for i, p in enumerate(parts)]
for t in ts: t.start()
for t in ts: t.join()
merged = sum(partial, Counter())
print(merged.most_common())
print(merged == Counter(text))

# a lock-protected counter with a context manager helper
class AtomicInteger:
    def __init__(self, value=0):
        self._value = value
        self._lock = threading.Lock()
    def increment(self, delta=1):
        with self._lock:
            self._value += delta
            return self._value
    def get_and_set(self, value):
        with self._lock:
            old, self._value = self._value, value
            return old
    @property
    def value(self):
        with self._lock:
            return self._value
    def __repr__(self):
        return f"AtomicInteger({self.value})"

ai = AtomicInteger()
ts = [threading.Thread(target=lambda: [ai.increment() for _ in range(1000)]) for _ in range(5)]
for t in ts: t.start()
for t in ts: t.join()
print(ai, ai.get_and_set(-1), ai, ai.increment(3))
