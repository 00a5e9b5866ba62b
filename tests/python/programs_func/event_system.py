from collections import defaultdict
from functools import wraps, partial
from enum import Enum, auto

class EventType(Enum):
    USER_CREATED = auto()
    USER_DELETED = auto()
    ORDER_PLACED = auto()

class EventBus:
    def __init__(self):
        self._handlers = defaultdict(list)
        self.log = []

    def on(self, event_type, *, priority=0):
        def decorator(fn):
            self._handlers[event_type].append((priority, fn))
            self._handlers[event_type].sort(key=lambda pf: -pf[0])
            return fn
        return decorator

    def emit(self, event_type, **payload):
        handlers = self._handlers.get(event_type, [])
        if not handlers:
            self.log.append(f"no handlers for {event_type.name}")
            return []
        results = []
        for priority, fn in handlers:
            try:
                results.append(fn(**payload))
            except Exception as e:
                self.log.append(f"{fn.__name__} failed: {type(e).__name__}: {e}")
        return results

bus = EventBus()

@bus.on(EventType.USER_CREATED)
def send_welcome(name, email):
    return f"welcome mail to {email}"

@bus.on(EventType.USER_CREATED, priority=10)
def audit(name, **rest):
    return f"audit: created {name} ({len(rest)} extra)"

@bus.on(EventType.ORDER_PLACED)
def charge(order_id, amount):
    if amount <= 0:
        raise ValueError(f"bad amount {amount}")
    return f"charged {amount:.2f} for #{order_id}"

print(bus.emit(EventType.USER_CREATED, name="ann", email="ann@x.org"))
print(bus.emit(EventType.ORDER_PLACED, order_id=7, amount=19.5))
print(bus.emit(EventType.ORDER_PLACED, order_id=8, amount=-1))
print(bus.emit(EventType.USER_DELETED, name="bob"))
print(bus.emit(EventType.USER_CREATED, name="cy"))
for line in bus.log:
    print("log:", line)
print({k.name: [f.__name__ for _, f in v] for k, v in bus._handlers.items()})

def once(fn):
    done = False
    result = None
    @wraps(fn)
    def wrapper(*a, **k):
        nonlocal done, result
        if not done:
            result = fn(*a, **k)
            done = True
        return result
    return wrapper

@once
def init_system(version):
    print("initializing", version)
    return f"ready v{version}"

print(init_system(1), init_system(2), init_system.__name__)

class Observable:
    def __init__(self):
        self._observers = []
    def subscribe(self, fn):
        self._observers.append(fn)
        return lambda: self._observers.remove(fn)
    def notify(self, *args):
        return [fn(*args) for fn in list(self._observers)]

obs = Observable()
unsub_a = obs.subscribe(lambda x: f"a got {x}")
obs.subscribe(partial(lambda prefix, x: f"{prefix}{x}", "b:"))
print(obs.notify(1))
unsub_a()
print(obs.notify(2))
try:
    unsub_a()
except ValueError as e:
    print(type(e).__name__, e)
