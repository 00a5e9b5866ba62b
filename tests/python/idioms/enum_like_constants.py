class Color:
    RED = 1
    GREEN = 2
    BLUE = 3
    @classmethod
    def name_of(cls, value):
        for k, v in vars(cls).items():
            if not k.startswith("_") and v == value:
                return k
        raise ValueError(value)
    @classmethod
    def members(cls):
        return [k for k in vars(cls) if k.isupper()]

print(Color.RED, Color.name_of(2), Color.members())
class Status:
    _names = {}
    def __init__(self, code, label):
        self.code, self.label = code, label
        Status._names[code] = self
    def __repr__(self):
        return f"<Status {self.label}:{self.code}>"
    @classmethod
    def get(cls, code):
        return cls._names.get(code)
OK = Status(200, "OK")
NOT_FOUND = Status(404, "Not Found")
print(Status.get(404), Status.get(500), OK.label)
transitions = {("idle", "start"): "running", ("running", "stop"): "idle"}
state = "idle"
for event in ["start", "stop", "stop", "start"]:
    state = transitions.get((state, event), state)
    print(event, "->", state)
