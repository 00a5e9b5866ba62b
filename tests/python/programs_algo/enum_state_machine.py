from enum import Enum, IntEnum, Flag, auto, unique
from collections import Counter

class State(Enum):
    IDLE = auto()
    RUNNING = auto()
    PAUSED = auto()
    STOPPED = auto()
TRANSITIONS = {
    (State.IDLE, "start"): State.RUNNING,
    (State.RUNNING, "pause"): State.PAUSED,
    (State.PAUSED, "resume"): State.RUNNING,
    (State.RUNNING, "stop"): State.STOPPED,
    (State.PAUSED, "stop"): State.STOPPED,
}
def run(events):
    s = State.IDLE
    history = [s]
    for e in events:
        nxt = TRANSITIONS.get((s, e))
        if nxt is None:
            print(f"  ignored {e!r} in {s.name}")
            continue
        s = nxt
        history.append(s)
    return history
h = run(["start", "pause", "start", "resume", "stop", "resume"])
print([s.name for s in h])
print(Counter(s.name for s in h).most_common(2))
print(State.RUNNING, repr(State.RUNNING), State.RUNNING.value, State["PAUSED"], State(4))
print(list(State), len(State), State.IDLE in State, State.IDLE is State.IDLE)
try:
    State(99)
except ValueError as ex:
    print(type(ex).__name__, ex)
try:
    State["NOPE"]
except KeyError as ex:
    print(type(ex).__name__, ex)
class Priority(IntEnum):
    LOW = 1
    MEDIUM = 5
    HIGH = 10
tasks = [("email", Priority.LOW), ("deploy", Priority.HIGH), ("review", Priority.MEDIUM)]
for name, p in sorted(tasks, key=lambda t: t[1], reverse=True):
    print(f"{name:<8}{p.name:<8}{p:>3}{int(p) * 2:>4}")
print(Priority.HIGH > Priority.LOW, Priority.MEDIUM == 5, Priority.LOW + 1, max(Priority))
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
rw = Perm.R | Perm.W
print(rw, repr(rw), Perm.R in rw, Perm.X in rw, rw & Perm.W, bool(Perm(0)), list(Perm))
@unique
class Color(Enum):
    RED = "r"
    GREEN = "g"
print(Color("g"), Color.RED.name, [c.value for c in Color], {c: c.value.upper() for c in Color})
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as ex:
    print(type(ex).__name__, ex)
class Alias(Enum):
    A = 1
    B = 1
print(Alias.B, Alias.B is Alias.A, list(Alias), Alias.__members__.keys())
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass, self.radius = mass, radius
    @property
    def gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)
for p in Planet:
    print(f"{p.name:<8} {p.gravity:.2f}")
print(f"{State.IDLE}", f"{Priority.HIGH}", format(Priority.LOW, "03d"), str(Color.RED), f"{Color.RED!r}")
