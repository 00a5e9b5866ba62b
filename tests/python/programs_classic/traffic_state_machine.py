from enum import Enum, auto


class Light(Enum):
    RED = auto()
    GREEN = auto()
    YELLOW = auto()

    def next(self):
        order = list(Light)
        return order[(order.index(self) + 1) % len(order)]

    @property
    def duration(self):
        return {Light.RED: 30, Light.GREEN: 25, Light.YELLOW: 5}[self]


class Event(Enum):
    TICK = "tick"
    PEDESTRIAN = "button"
    EMERGENCY = "siren"


class Intersection:
    def __init__(self):
        self.light = Light.RED
        self.elapsed = 0
        self.log = []

    def handle(self, event, t):
        if event is Event.EMERGENCY:
            self.light, self.elapsed = Light.RED, 0
            self.log.append((t, "emergency -> RED"))
            return
        if event is Event.PEDESTRIAN and self.light is Light.GREEN:
            self.elapsed = max(self.elapsed, self.light.duration - 3)
            self.log.append((t, "button shortens green"))
        self.elapsed += 1
        if self.elapsed >= self.light.duration:
            old = self.light
            self.light = self.light.next()
            self.elapsed = 0
            self.log.append((t, f"{old.name} -> {self.light.name}"))


x = Intersection()
events = {12: Event.PEDESTRIAN, 40: Event.PEDESTRIAN, 70: Event.EMERGENCY}
for t in range(100):
    x.handle(events.get(t, Event.TICK), t)
for t, msg in x.log:
    print(f"t={t:3d}  {msg}")
print(x.light, x.light.value, x.light.duration, repr(Light.GREEN), Light(2), Light["YELLOW"].next())
print([(l.name, l.value) for l in Light], Event("siren"), Event.TICK.value, len(Event))
print(Light.RED < Light.GREEN if hasattr(Light, "__lt__") and Light.__lt__ is not object.__lt__ else "not orderable")
try:
    Event("honk")
except ValueError as e:
    print(type(e).__name__, e)
print({Light.RED: "stop"}[Light.RED], Light.RED is Light(1), isinstance(Light.RED, Light), type(Light.RED).__name__)
