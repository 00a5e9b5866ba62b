from collections import defaultdict
from enum import Enum, auto
import weakref

class Event(Enum):
    CREATED = auto()
    UPDATED = auto()
    DELETED = auto()

class EventBus:
    def __init__(self):
        self._subs = defaultdict(list)
    def subscribe(self, event, handler=None):
        if handler is None:
            def deco(fn):
                self._subs[event].append(fn)
                return fn
            return deco
        self._subs[event].append(handler)
        return handler
    def publish(self, event, **payload):
        results = []
        for h in self._subs[event]:
            try:
                results.append(h(event, **payload))
            except Exception as e:
                results.append(f"{type(e).__name__}: {e}")
        return results

bus = EventBus()

@bus.subscribe(Event.CREATED)
def log_created(event, **p):
    return f"log: {event.name.lower()} {sorted(p.items())}"

@bus.subscribe(Event.CREATED)
def validate(event, name=None, **_):
    if not name:
        raise ValueError("name required")
    return f"valid {name}"

class Counter:
    def __init__(self):
        self.counts = defaultdict(int)
    def __call__(self, event, **_):
        self.counts[event] += 1
        return dict((k.name, v) for k, v in self.counts.items())

counter = Counter()
for ev in Event:
    bus.subscribe(ev, counter)

print(bus.publish(Event.CREATED, name="doc1", size=3))
print(bus.publish(Event.CREATED, size=0))
print(bus.publish(Event.UPDATED, name="doc1"))
print(bus.publish(Event.DELETED))
print({e.name: len(h) for e, h in bus._subs.items()})

class Subject:
    def __init__(self):
        self._observers = weakref.WeakSet()
    def attach(self, o):
        self._observers.add(o)
    def notify(self, msg):
        return sorted(o.update(msg) for o in self._observers)

class Watcher:
    def __init__(self, name):
        self.name = name
    def update(self, msg):
        return f"{self.name} got {msg}"

s = Subject()
w1, w2 = Watcher("w1"), Watcher("w2")
s.attach(w1); s.attach(w2); s.attach(w1)
print(s.notify("hello"), len(s._observers))

class Property:
    def __init__(self):
        self._callbacks = []
        self._value = None
    def bind(self, cb):
        self._callbacks.append(cb)
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name)
    def __set__(self, obj, value):
        old = obj.__dict__.get(self.name)
        obj.__dict__[self.name] = value
        for cb in self._callbacks:
            cb(obj, self.name, old, value)

class Model:
    title = Property()
    count = Property()
Model.title.bind(lambda o, n, old, new: print(f"changed {n}: {old!r} -> {new!r}"))
m = Model()
m.title = "a"
m.title = "b"
m.count = 5
print(m.title, m.count, vars(m))
