from enum import Enum, auto

class State(Enum):
    IDLE = auto()
    RUNNING = auto()
    PAUSED = auto()
    STOPPED = auto()

    @property
    def is_active(self):
        return self in (State.RUNNING, State.PAUSED)

    def __str__(self):
        return self.name.capitalize()

class InvalidTransition(Exception):
    def __init__(self, src, action):
        self.src, self.action = src, action
        super().__init__(f"cannot {action} while {src}")

TRANSITIONS = {
    (State.IDLE, "start"): State.RUNNING,
    (State.RUNNING, "pause"): State.PAUSED,
    (State.PAUSED, "resume"): State.RUNNING,
    (State.RUNNING, "stop"): State.STOPPED,
    (State.PAUSED, "stop"): State.STOPPED,
}

class Machine:
    def __init__(self):
        self.state = State.IDLE
        self.log = []
    def __getattr__(self, action):
        if action.startswith("_"):
            raise AttributeError(action)
        def do():
            key = (self.state, action)
            if key not in TRANSITIONS:
                raise InvalidTransition(self.state, action)
            old, self.state = self.state, TRANSITIONS[key]
            self.log.append(f"{old}->{self.state}")
            return self.state
        return do
    def __repr__(self):
        return f"<Machine {self.state!s} active={self.state.is_active}>"

m = Machine()
print(m)
for action in ["start", "pause", "pause", "resume", "stop", "start", "fly"]:
    try:
        r = getattr(m, action)()
        print(f"{action:>7}: {r!s:<8} {r!r}")
    except InvalidTransition as e:
        print(f"{action:>7}: error {e} ({e.src.name}, {e.action})")
print(m, m.log)
print([s for s in State if s.is_active], [str(s) for s in State], State["PAUSED"].value)
print(sorted(State, key=lambda s: s.name), State.IDLE < State.STOPPED if False else "no ordering")
try:
    State.IDLE < State.STOPPED
except TypeError as e:
    print(type(e).__name__, e)
table = {}
for (src, act), dst in TRANSITIONS.items():
    table.setdefault(src, []).append(f"{act}->{dst}")
for src in State:
    print(f"{src!s:8} {', '.join(table.get(src, ['(terminal)']))}")
print(f"{State.RUNNING}", f"{State.RUNNING!r}", format(State.RUNNING, ">10"), "%s" % State.PAUSED)
m._hidden
