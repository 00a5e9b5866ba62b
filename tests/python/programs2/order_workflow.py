class InvalidTransition(Exception):
    def __init__(self, order, action):
        super().__init__(f"order {order.oid}: cannot {action} when {order.state}")

class Order:
    TRANSITIONS = {
        "new": {"pay": "paid", "cancel": "cancelled"},
        "paid": {"ship": "shipped", "refund": "refunded"},
        "shipped": {"deliver": "delivered", "lose": "lost"},
        "lost": {"refund": "refunded"},
    }
    def __init__(self, oid, amount):
        self.oid, self.amount = oid, amount
        self.state = "new"
        self.history = ["new"]
    def apply(self, action):
        options = self.TRANSITIONS.get(self.state, {})
        if action not in options:
            raise InvalidTransition(self, action)
        self.state = options[action]
        self.history.append(self.state)
        return self.state
    @property
    def final(self):
        return self.state not in self.TRANSITIONS

orders = {oid: Order(oid, amt) for oid, amt in [(101, 25.0), (102, 99.5), (103, 12.0), (104, 60.0)]}
script = [(101, "pay"), (101, "ship"), (102, "cancel"), (103, "ship"), (101, "deliver"), (104, "pay"),
          (104, "ship"), (104, "lose"), (104, "refund"), (102, "pay"), (103, "pay"), (101, "refund")]
for oid, action in script:
    try:
        new_state = orders[oid].apply(action)
        print(f"{oid} {action:<8} -> {new_state}")
    except InvalidTransition as e:
        print("rejected:", e)
print()
for o in orders.values():
    print(f"{o.oid}: {' > '.join(o.history):<40} final={o.final}")
revenue = sum(o.amount for o in orders.values() if o.state in ("delivered", "shipped", "paid"))
refunded = sum(o.amount for o in orders.values() if o.state == "refunded")
print(f"revenue {revenue:.2f}, refunded {refunded:.2f}")
by_state = {}
for o in orders.values():
    by_state.setdefault(o.state, []).append(o.oid)
print(dict(sorted(by_state.items())))
