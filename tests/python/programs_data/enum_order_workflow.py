from enum import Enum, IntEnum, Flag, auto

class State(Enum):
    NEW = auto()
    PAID = auto()
    SHIPPED = auto()
    DELIVERED = auto()
    CANCELLED = auto()

ALLOWED = {State.NEW: {State.PAID, State.CANCELLED}, State.PAID: {State.SHIPPED, State.CANCELLED},
           State.SHIPPED: {State.DELIVERED}, State.DELIVERED: set(), State.CANCELLED: set()}

class Priority(IntEnum):
    LOW = 1
    NORMAL = 2
    HIGH = 3

class Tag(Flag):
    GIFT = auto()
    FRAGILE = auto()
    EXPRESS = auto()

def advance(state, new):
    if new not in ALLOWED[state]:
        raise ValueError(f"cannot go from {state.name} to {new.name}")
    return new

orders = [("A1", Priority.HIGH, Tag.GIFT | Tag.EXPRESS, ["PAID", "SHIPPED", "DELIVERED"]),
          ("B2", Priority.LOW, Tag(0), ["CANCELLED"]), ("C3", Priority.NORMAL, Tag.FRAGILE, ["SHIPPED"]),
          ("D4", Priority.HIGH, Tag.FRAGILE | Tag.GIFT, ["PAID", "REFUNDED"])]
for oid, prio, tags, steps in sorted(orders, key=lambda o: (-o[1], o[0])):
    st = State.NEW
    for s in steps:
        try:
            st = advance(st, State[s])
        except KeyError as e:
            print(f"{oid}: unknown state {e}")
            break
        except ValueError as e:
            print(f"{oid}: {e}")
            break
    print(f"{oid} {prio.name:<6} {int(prio)} {str(tags):<30} {st.name} {[t.name for t in Tag if t in tags]}")
print(list(State), State(3), State["PAID"].value, Priority(2) < Priority.HIGH, sorted(Priority, reverse=True))
print(Tag.GIFT | Tag.FRAGILE, ~Tag.GIFT, Tag(7), bool(Tag(0)), repr(Tag(0)))
State(9)
