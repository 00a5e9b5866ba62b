class EventBus:
    def __init__(self):
        self._subs = {}
        self.history = []

    def subscribe(self, event, handler, priority=0):
        self._subs.setdefault(event, []).append((priority, len(self._subs.get(event, [])), handler))
        self._subs[event].sort(key=lambda t: (-t[0], t[1]))
        def unsubscribe():
            self._subs[event] = [t for t in self._subs[event] if t[2] is not handler]
        return unsubscribe

    def on(self, event, priority=0):
        def deco(fn):
            self.subscribe(event, fn, priority)
            return fn
        return deco

    def publish(self, event, **payload):
        self.history.append(event)
        results = []
        for _, _, handler in list(self._subs.get(event, [])):
            try:
                r = handler(**payload)
            except Exception as e:
                r = f"handler {handler.__name__} failed: {type(e).__name__}: {e}"
            if r == "stop":
                results.append("propagation stopped")
                break
            results.append(r)
        return results

bus = EventBus()
inventory = {"widget": 3}

@bus.on("order")
def reserve(item, qty):
    if inventory.get(item, 0) < qty:
        raise ValueError(f"only {inventory.get(item, 0)} {item} left")
    inventory[item] -= qty
    return f"reserved {qty} {item}"

@bus.on("order", priority=10)
def validate(item, qty):
    if qty <= 0:
        return "stop"
    return "validated"

@bus.on("order", priority=-5)
def notify(item, qty):
    return f"email sent for {item}"

audit = []
cancel_audit = bus.subscribe("order", lambda item, qty: audit.append((item, qty)) or "audited", priority=5)

for item, qty in [("widget", 2), ("widget", 2), ("gadget", 1), ("widget", 0)]:
    print(f"order {item} x{qty}:")
    for r in bus.publish("order", item=item, qty=qty):
        print("   ", r)
cancel_audit()
print(bus.publish("order", item="widget", qty=1))
print("audit:", audit)
print("inventory:", inventory, "events:", len(bus.history))
print(bus.publish("unknown"))
