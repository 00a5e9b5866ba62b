# Iterating a dict (keys, values, items), a set or a dict's keys view while another thread adds
# and removes keys either completes or raises CPython's RuntimeError; nothing else, never a hang.
import threading

MESSAGES = {
    "dictionary changed size during iteration",
    "dictionary keys changed during iteration",
    "Set changed size during iteration",
}
d = {i: i for i in range(500)}
s = set(range(500))
stop = threading.Event()
outcomes = {}
unexpected = []


def resize():
    i = 1000
    while not stop.is_set():
        for j in range(200):
            d[i + j] = j
            s.add(i + j)
        for j in range(200):
            del d[i + j]
            s.discard(i + j)
        i += 200


def iterate(name, make):
    for _ in range(300):
        try:
            n = 0
            for x in make():
                n += 1
            outcomes[name] = outcomes.get(name, 0) + 1
        except RuntimeError as e:
            if str(e) not in MESSAGES:
                unexpected.append((name, repr(e)))
        except Exception as e:
            unexpected.append((name, repr(e)))


resizer = threading.Thread(target=resize)
resizer.start()
readers = [threading.Thread(target=iterate, args=(name, make)) for name, make in [
    ("dict", lambda: d), ("values", d.values), ("items", d.items), ("set", lambda: s),
    ("list(dict)", lambda: list(d)), ("sorted(set)", lambda: sorted(s)), ("keys view", lambda: d.keys() & {1, 2}),
]]
for t in readers:
    t.start()
for t in readers:
    t.join(60)
stop.set()
resizer.join(60)
print("all finished:", not any(t.is_alive() for t in readers + [resizer]))
print("unexpected:", len(unexpected), unexpected[:3])
print(len(d) == 500 and len(s) == 500 or (len(d), len(s)))

# The same change made by the iterating thread itself, with CPython's exact messages.
for container, change in [(dict.fromkeys(range(5)), lambda c: c.__setitem__(99, 0)),
                          (set(range(5)), lambda c: c.add(99))]:
    try:
        for x in container:
            change(container)
    except RuntimeError as e:
        print(type(container).__name__, e)
