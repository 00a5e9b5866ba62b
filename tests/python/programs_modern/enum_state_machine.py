from enum import Enum, auto

class State(Enum):
    IDLE = auto()
    RUNNING = auto()
    PAUSED = auto()
    STOPPED = auto()

    def can_go(self, other: "State") -> bool:
        return other in TRANSITIONS[self]

class Event(str, Enum):
    START = "start"
    PAUSE = "pause"
    RESUME = "resume"
    STOP = "stop"

TRANSITIONS = {
    State.IDLE: {State.RUNNING},
    State.RUNNING: {State.PAUSED, State.STOPPED},
    State.PAUSED: {State.RUNNING, State.STOPPED},
    State.STOPPED: set(),
}

class Machine:
    def __init__(self):
        self.state = State.IDLE
        self.log = []
    def handle(self, ev: Event):
        match (self.state, ev):
            case (State.IDLE, Event.START) | (State.PAUSED, Event.RESUME):
                target = State.RUNNING
            case (State.RUNNING, Event.PAUSE):
                target = State.PAUSED
            case (State.RUNNING | State.PAUSED, Event.STOP):
                target = State.STOPPED
            case (st, e):
                raise RuntimeError(f"cannot {e.value} while {st.name.lower()}")
        assert self.state.can_go(target)
        self.log.append((self.state, ev, target))
        self.state = target

m = Machine()
for ev in ["start", "pause", "resume", "pause", "stop", "start"]:
    e = Event(ev)
    try:
        m.handle(e)
        print(f"{e!r:<22} -> {m.state}")
    except RuntimeError as err:
        print("error:", err)
for entry in m.log:
    print(entry)
print(Event.START == "start", Event.STOP.upper(), Event("pause").name, f"{Event.STOP}", str(Event.STOP))
print(format(Event.START, ">8"), "%s" % Event.PAUSE, "{}".format(Event.RESUME))
print(sorted(State, key=lambda s: s.name))
print([s.name for s in State if not TRANSITIONS[s]])
print(State.IDLE.can_go(State.STOPPED), State.PAUSED.can_go(State.RUNNING))
print(Event.__members__.keys())
print(isinstance(Event.START, str), Event.START + "ed", len(Event.START))
m.handle(Event.RESUME)
