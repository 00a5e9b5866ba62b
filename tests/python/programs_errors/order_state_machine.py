# An order workflow as a state machine with an Enum; invalid transitions raise, history is kept.
from enum import Enum, auto

class State(Enum):
    NEW = auto()
    PAID = auto()
    SHIPPED = auto()
    DELIVERED = auto()
    CANCELLED = auto()

ALLOWED = {
    State.NEW: {State.PAID, State.CANCELLED},
    State.PAID: {State.SHIPPED, State.CANCELLED},
    State.SHIPPED: {State.DELIVERED},
    State.DELIVERED: set(),
    State.CANCELLED: set(),
}

class TransitionError(RuntimeError):
    def __init__(self, order_id, src, dst):
        super().__init__(f"order {order_id}: cannot go from {src.name} to {dst.name}")
        self.src, self.dst = src, dst

class Order:
    def __init__(self, oid):
        self.oid = oid
        self.state = State.NEW
        self.history = [State.NEW]
    def move(self, target):
        if isinstance(target, str):
            try:
                target = State[target.upper()]
            except KeyError:
                raise ValueError(f"unknown state {target!r}") from None
        if not isinstance(target, State):
            target = State(target)
        if target not in ALLOWED[self.state]:
            raise TransitionError(self.oid, self.state, target)
        self.state = target
        self.history.append(target)

orders = {1: ["paid", "shipped", "delivered"], 2: ["shipped"], 3: ["paid", "cancelled", "paid"],
          4: ["paid", "lost"], 5: [2, 3, 9], 6: [State.CANCELLED, None]}
for oid, steps in orders.items():
    order = Order(oid)
    for step in steps:
        try:
            order.move(step)
        except TransitionError as e:
            print("TransitionError:", e, "|", e.src, "->", e.dst)
            break
        except ValueError as e:
            print("ValueError:", e)
            break
    print(oid, order.state, [s.name for s in order.history])
print(State.PAID.value, State(3), State["DELIVERED"], list(State)[-1], len(State))
print(State.NEW < State.PAID if hasattr(State, "__lt__") and State.__lt__ is not object.__lt__ else "no ordering")
o = Order(99)
o.move("delivered")
