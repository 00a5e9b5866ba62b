from enum import Enum, auto
from dataclasses import dataclass, field
from typing import Dict, List, Tuple

class State(Enum):
    IDLE = auto()
    RUNNING = auto()
    PAUSED = auto()
    STOPPED = auto()

    def __str__(self):
        return self.name.lower()

class Event(Enum):
    START = "start"
    PAUSE = "pause"
    RESUME = "resume"
    STOP = "stop"

TRANSITIONS: Dict[Tuple[State, Event], State] = {
    (State.IDLE, Event.START): State.RUNNING,
    (State.RUNNING, Event.PAUSE): State.PAUSED,
    (State.PAUSED, Event.RESUME): State.RUNNING,
    (State.RUNNING, Event.STOP): State.STOPPED,
    (State.PAUSED, Event.STOP): State.STOPPED,
}

class InvalidTransition(Exception):
    def __init__(self, state, event):
        super().__init__(f"cannot {event.value} while {state}")
        self.state = state
        self.event = event

@dataclass
class Machine:
    state: State = State.IDLE
    history: List[State] = field(default_factory=list)

    def fire(self, event):
        try:
            nxt = TRANSITIONS[(self.state, event)]
        except KeyError:
            raise InvalidTransition(self.state, event) from None
        self.history.append(self.state)
        self.state = nxt
        return nxt

m = Machine()
print(m)
for ev in [Event.START, Event.PAUSE, Event.RESUME, Event.PAUSE, Event.START, Event.STOP, Event.RESUME]:
    try:
        print(f"{ev.value:>6} -> {m.fire(ev)}")
    except InvalidTransition as e:
        print(f"{ev.value:>6} !! {e} ({e.state!r}, {e.event!r})")
print(m)
print([str(s) for s in m.history], m.state is State.STOPPED)
reachable = {s: sorted((e.value for (st, e) in TRANSITIONS if st is s)) for s in State}
print({str(k): v for k, v in reachable.items()})
print(Event("pause"), Event["STOP"], [e.value for e in Event])
print(State.RUNNING.value, State(3), State["IDLE"] == State.IDLE)
match m.state:
    case State.STOPPED:
        print("machine stopped")
    case State.RUNNING | State.PAUSED:
        print("active")
def describe(state):
    match state:
        case State.IDLE:
            return "waiting"
        case State.RUNNING:
            return "busy"
        case _:
            return f"other: {state!s}"
print([describe(s) for s in State])
Machine().fire(Event.STOP)
